package org.maillon.server.scim;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.server.organization.ModelVersion;
import org.maillon.server.organization.NoModelException;
import org.maillon.server.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds SCIM's changes into the model: when some were acknowledged since the last fold and at
 * least {@code maillon.scim.batch} has passed since it, one new version authored "SCIM" (format
 * {@code scim}) holds them all. The whole SCIM state is folded each time ({@link ScimFold}), so a
 * fold that fails (no model yet, a model imported meanwhile that the state no longer fits) is
 * simply tried again a batch later, nothing lost; a fold that would change nothing makes no
 * version.
 */
@Component
class ScimFolder {

  private static final Logger LOG = LoggerFactory.getLogger(ScimFolder.class);
  static final String AUTHOR = "SCIM";
  static final String FORMAT = "scim";

  /** Thrown inside a change that would leave the model as it is: no version for it. */
  private static final class Unchanged extends RuntimeException {
    Unchanged() {
      super(null, null, false, false);
    }
  }

  private final ScimUserStore users;
  private final ScimDepartments departments;
  private final OrganizationService organizations;
  private final ScimSettings settings;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private Instant lastFold;

  ScimFolder(ScimUserStore users, ScimDepartments departments, OrganizationService organizations,
      ScimSettings settings, Clock clock, PlatformTransactionManager transactions) {
    this.users = users;
    this.departments = departments;
    this.organizations = organizations;
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Folds when changes wait and a batch is due since the last attempt: what the scheduler calls,
   * and the tests after moving the clock. A fold that fails is tried again a batch later.
   */
  @Scheduled(initialDelayString = "${maillon.scim.poll:PT5S}", fixedDelayString = "${maillon.scim.poll:PT5S}")
  synchronized void tick() {
    Instant now = clock.instant();
    ScimUserStore.Changes changes = users.changes();
    if (changes.pending() && (lastFold == null || !now.isBefore(lastFold.plus(settings.batch())))) {
      lastFold = now;
      fold(changes);
    }
  }

  private void fold(ScimUserStore.Changes changes) {
    List<ScimUser> state = users.all();
    Map<String, String> mapping = departments.mapping();
    try {
      ModelVersion version = organizations.change(model -> unlessSame(model, ScimFold.apply(model, state, mapping)),
          AUTHOR, FORMAT, null, Locale.ENGLISH).version();
      markFolded(changes);
      LOG.info("SCIM: {} changes folded into version {}", changes.changes() - changes.folded(), version.id());
    } catch (Unchanged e) {
      markFolded(changes);
    } catch (NoModelException e) {
      LOG.warn("SCIM: changes wait for a model to be imported");
    } catch (ModelRejectedException e) {
      LOG.warn("SCIM: the changes do not fold into the current model, tried again later: {}", e.getMessage());
    }
  }

  private void markFolded(ScimUserStore.Changes changes) {
    transaction.executeWithoutResult(status -> users.folded(changes.changes()));
  }

  private static Organization unlessSame(Organization model, Organization folded) {
    if (folded.equals(model)) {
      throw new Unchanged();
    }
    return folded;
  }
}
