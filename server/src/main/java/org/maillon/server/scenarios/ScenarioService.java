package org.maillon.server.scenarios;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.maillon.centricity.ScoringSettings;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diff.VersionDiff;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;
import org.maillon.scenario.Scenario;
import org.maillon.server.centricity.CentricityProperties;
import org.maillon.server.history.DiffNamesInUse;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.NoModelException;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios drafted from a version, saved only when every operation applies to it, shared by their
 * random id, and promoted to a new version by applying them to the current one. Each write is one
 * transaction; a refused one changes nothing.
 */
@Service
public class ScenarioService {

  static final int MAX_NAME = 200;
  private static final String FILE = "scenario.json";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ScenarioStore store;
  private final OrganizationService organizations;
  private final CurrentOrganization current;
  private final MessageSource messages;
  private final Clock clock;
  private final ScoringSettings scoring;
  private final ScenarioViews views = new ScenarioViews();

  ScenarioService(ScenarioStore store, OrganizationService organizations, CurrentOrganization current,
      MessageSource messages, Clock clock, CentricityProperties centricity) {
    this.store = store;
    this.organizations = organizations;
    this.current = current;
    this.messages = messages;
    this.clock = clock;
    this.scoring = centricity.scoring();
  }

  /**
   * A scenario and what it changes against the version it starts from, with the names the diff mentions:
   * the diagnoses of that version ({@code before}) and of the scenario's result ({@code after}).
   */
  public record WhatIf(SavedScenario scenario, VersionDiff diff, DiffNamesInUse names, Diagnosis before,
      Diagnosis after) {}

  /** A new scenario, with no operation yet, drafted from the current version. */
  @Transactional
  public SavedScenario create(String name, String author, Locale locale) {
    checkName(name, locale);
    long base = current.get().orElseThrow(NoModelException::new).version().id();
    Instant now = clock.instant();
    SavedScenario created = new SavedScenario(newId(), name.strip(), author, base, ScenarioFile.empty(name.strip()),
        now, now);
    store.add(created);
    return created;
  }

  /** @throws NotFoundException when no scenario has this id */
  public SavedScenario get(String id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("No scenario has the id " + id + "."));
  }

  /** The scenarios someone drafted, latest changed first. */
  public List<SavedScenario> by(String author) {
    return store.by(author);
  }

  /**
   * Replaces a scenario's operations (the JSON of a scenario file) and its name, the file's when it
   * gives one.
   *
   * @throws ModelRejectedException listing every problem of the file, or every operation that cannot
   *     apply to the scenario's version; nothing changes then
   */
  @Transactional
  public SavedScenario save(String id, String file, Locale locale) {
    SavedScenario saved = get(id);
    Scenario scenario = read(file, locale);
    String name = scenario.name() == null ? saved.name() : scenario.name().strip();
    checkName(name, locale);
    scenario.applyTo(organizations.diagnosis(saved.baseVersion()).model());
    store.update(id, name, file, clock.instant());
    views.evict(id);
    return get(id);
  }

  /** @throws NotFoundException when no scenario has this id */
  @Transactional
  public void delete(String id) {
    if (!store.delete(id)) {
      throw new NotFoundException("No scenario has the id " + id + ".");
    }
    views.evict(id);
  }

  /**
   * What the scenario changes against the version it was drafted from, kept for the next views until it
   * changes ({@link ScenarioViews}).
   */
  public WhatIf whatIf(String id, Locale locale) {
    SavedScenario saved = get(id);
    return views.of(saved, organizations.today(),
        () -> compare(saved, organizations.diagnosis(saved.baseVersion()), locale));
  }

  /** What the scenario would change if applied to the current version, as promoting it would. */
  public WhatIf onCurrent(String id, Locale locale) {
    return compare(get(id), current.diagnosis(), locale);
  }

  private WhatIf compare(SavedScenario saved, Diagnosis before, Locale locale) {
    Diagnosis after = DiagnosisEngine.diagnose(read(saved.operations(), locale).applyTo(before.model()),
        organizations.today());
    VersionDiff diff = VersionDiff.between(before, after, scoring);
    return new WhatIf(saved, diff, DiffNamesInUse.of(diff, before.model(), after.model()), before, after);
  }

  /**
   * Applies the scenario to the current version and stores the result as a new version of format
   * {@code scenario}, authored by {@code admin}.
   *
   * @throws ModelRejectedException when an operation no longer applies to the current version
   * @throws IllegalArgumentException when the reason is too long
   */
  public OrganizationService.Imported promote(String id, String admin, String reason, Locale locale) {
    Scenario scenario = read(get(id).operations(), locale);
    return organizations.change(scenario::applyTo, admin, "scenario", reason, locale);
  }

  private static Scenario read(String file, Locale locale) {
    return Scenario.read(FILE, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), locale);
  }

  private void checkName(String name, Locale locale) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      throw new ModelRejectedException(List.of(new Problem("name", 0, 0,
          messages.getMessage("scenarios.name.wrong", new Object[] {MAX_NAME}, locale))));
    }
  }

  private static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
