package org.maillon.server.organization;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Organization;
import org.maillon.modelfile.LoadedModel;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;
import org.maillon.server.system.LimitsProperties;
import org.maillon.server.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports models as new versions, all or nothing, and keeps the current one diagnosed. A rejected
 * model throws {@link ModelRejectedException} before anything is stored or replaced; a version is
 * one row, stored in its own transaction, and becomes current only once that is committed.
 */
@Service
public class OrganizationService {

  private static final Logger log = LoggerFactory.getLogger(OrganizationService.class);

  private final ModelVersions versions;
  private final CurrentOrganization current;
  private final TransactionTemplate transaction;
  private final LimitsProperties limits;
  private final VersionReasons reasons;
  private final Clock clock;

  OrganizationService(ModelVersions versions, CurrentOrganization current, PlatformTransactionManager transactions,
      LimitsProperties limits, VersionReasons reasons, Clock clock) {
    this.versions = versions;
    this.current = current;
    this.transaction = new TransactionTemplate(transactions);
    this.limits = limits;
    this.reasons = reasons;
    this.clock = clock;
  }

  /** The day of the server's clock: the day a diagnosis is made, and a card edit or a confirmation dated. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Result of an accepted import. */
  public record Imported(ModelVersion version, List<Problem> warnings) {}

  /**
   * Reads, validates and diagnoses a model, then stores it as the new current version, with no reason given.
   *
   * @param fileName its extension gives the format: yaml, yml, json, zip (of CSV files) or xlsx
   * @throws ModelRejectedException when the model is malformed or invalid; nothing changes then
   */
  public Imported importModel(String fileName, byte[] content, String importedBy, Locale locale) {
    return importModel(fileName, new ByteArrayInputStream(content), importedBy, null, locale);
  }

  /**
   * Reads, validates and diagnoses a model as it arrives, a zip under {@code maillon.limits.zip-*},
   * then stores it as the new current version; what {@code content} throws unchecked (a body past
   * its limit) passes through, before anything is stored.
   *
   * @param fileName its extension gives the format: yaml, yml, json, zip (of CSV files) or xlsx
   * @param reason why, in the importer's words (at most {@link VersionReasons#MAX} characters), or null
   * @throws ModelRejectedException when the model is malformed, invalid or passes a zip limit, or
   *     the reason is too long (a problem of the file {@code reason}); nothing changes then
   */
  public synchronized Imported importModel(String fileName, InputStream content, String importedBy, String reason,
      Locale locale) {
    Optional<String> wrongReason = reasons.problem(reason, locale);
    if (wrongReason.isPresent()) {
      throw new ModelRejectedException(List.of(new Problem("reason", 0, 0, wrongReason.get())));
    }
    LoadedModel loaded = ModelFiles.read(fileName, content, locale, limits.zip());
    return store(loaded, () -> CompressedModel.of(loaded.organization()), importedBy, format(fileName), reason);
  }

  /**
   * Changes the current model and stores the result as a new version, validated as an import is,
   * with no other import or change in between: a change never overwrites one made meanwhile. It
   * starts from the latest stored version, even one that another server process stored.
   *
   * @param change the new model from the current one; it may throw to refuse, and nothing changes
   * @param format what made the version, such as {@code card} or {@code confirmation}
   * @param reason why, in the author's words, or null; the caller checked it with {@link VersionReasons#problem}
   * @throws ModelRejectedException when the changed model is invalid; nothing changes then
   * @throws IllegalArgumentException when the reason is too long; nothing changes then
   */
  public synchronized Imported change(UnaryOperator<Organization> change, String by, String format, String reason,
      Locale locale) {
    reasons.problem(reason, locale).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    if (stale()) {
      load();
    }
    Organization changed = change.apply(current.diagnosis().model());
    byte[] stored = CompressedModel.of(changed);
    return store(CompressedModel.read(stored, null, locale), () -> stored, by, format, reason);
  }

  /**
   * Diagnoses {@code loaded}, stores its gzipped JSON, asked for once the diagnosis is
   * made (so the two are not built side by side), and makes it current.
   */
  private Imported store(LoadedModel loaded, Supplier<byte[]> compressed, String importedBy, String format,
      String reason) {
    Organization organization = loaded.organization();
    Diagnosis diagnosis = loaded.diagnose(today());
    byte[] model = compressed.get();
    ModelVersion version = transaction.execute(status -> versions.add(importedBy, organization.name(),
        diagnosis.headcount(), format, VersionReasons.of(reason), model));
    current.replace(new CurrentOrganization.Current(version, diagnosis));
    log.info("Imported version {} of {} ({} people) by {}", version.id(), organization.name(),
        diagnosis.headcount(), importedBy);
    return new Imported(version, loaded.warnings());
  }

  /** All versions, newest first. */
  public List<ModelVersion> versions() {
    return versions.all();
  }

  /** The latest versions, newest first, without their models (a 100k-person model is 25 MB). */
  public List<ModelVersion> latestVersions(int limit) {
    return versions.latest(limit);
  }

  /**
   * The diagnosis of a stored version: the current one as it is kept, any other read from the
   * store and diagnosed, which takes about a second per 100,000 people.
   *
   * @throws NotFoundException when no version has this id
   */
  public Diagnosis diagnosis(long versionId) {
    Optional<CurrentOrganization.Current> now = current.get();
    if (now.isPresent() && now.get().version().id() == versionId) {
      return now.get().diagnosis();
    }
    return versions.model(versionId)
        .orElseThrow(() -> new NotFoundException("No model version has the id " + versionId + "."))
        .read().diagnose(today());
  }

  /** How many versions are stored. */
  public long versionCount() {
    return versions.count();
  }

  /** True when no model was ever imported. */
  public boolean isEmpty() {
    return versions.count() == 0;
  }

  /**
   * Diagnoses the latest stored version, if any, and makes it current: run once at start-up. Until
   * it returns, the current organisation answers "loading".
   */
  public synchronized void loadCurrent() {
    try {
      load();
    } finally {
      current.loaded();
    }
  }

  private void load() {
    versions.latest().ifPresent(stored -> {
      LoadedModel loaded = stored.model().read();
      current.replace(new CurrentOrganization.Current(stored.version(),
          loaded.diagnose(today())));
      log.info("Current version {} of {} ({} people)", stored.version().id(), stored.version().organization(),
          stored.version().headcount());
    });
  }

  /**
   * Makes the latest stored version current when it is not: another server process on the same
   * database stored it (an import, a card edit, a confirmation). One indexed read when nothing
   * changed, so that it runs before every request; the new version is diagnosed then, by the first
   * request that sees it, while the others wait for it. Nothing happens before the stored version
   * is loaded at start.
   */
  public void catchUp() {
    if (current.loading() || !stale()) {
      return;
    }
    synchronized (this) {
      if (stale()) {
        load();
      }
    }
  }

  private boolean stale() {
    Optional<Long> latest = versions.latestId();
    Optional<Long> mine = current.get().map(now -> now.version().id());
    return !latest.equals(mine);
  }

  /**
   * Diagnoses the current version again when the server's day is no longer the day of its
   * diagnosis, so that days pending ({@code LONG_PENDING_LINK}) and what depends on the day move
   * with the calendar, not only with imports. Nothing happens before the stored version is loaded,
   * without a model, or on the diagnosis's own day. Synchronised with imports and changes, so that
   * a version made meanwhile is never replaced by an older one.
   *
   * @return whether the diagnosis was made again
   */
  public synchronized boolean rediagnoseOnNewDay() {
    if (current.loading()) {
      return false;
    }
    Optional<CurrentOrganization.Current> now = current.get();
    LocalDate today = today();
    if (now.isEmpty() || today.equals(now.get().diagnosis().asOf())) {
      return false;
    }
    Diagnosis diagnosis = DiagnosisEngine.diagnose(now.get().diagnosis().model(), today);
    current.replace(new CurrentOrganization.Current(now.get().version(), diagnosis));
    log.info("Version {} diagnosed again as of {}", now.get().version().id(), today);
    return true;
  }

  static String format(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".zip")) {
      return "csv";
    }
    if (name.endsWith(".xlsx")) {
      return "xlsx";
    }
    return name.endsWith(".json") ? "json" : "yaml";
  }
}
