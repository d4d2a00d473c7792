package org.maillon.modelfile;

import java.time.LocalDate;
import java.util.List;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.graph.ResolvedIds;
import org.maillon.model.Organization;
import org.maillon.model.Settings;

/**
 * A model that was read and accepted, with the warnings met on the way (an unknown field, an
 * ignored column): they never reject a model, but the user should see them. It keeps its
 * references as the validator resolved them, so that {@link #diagnose()} spares the engine
 * resolving them again; they stay inside the core, whose engine the command line and the server
 * never handle.
 */
public final class LoadedModel {

  private final Organization organization;
  private final List<Problem> warnings;
  private final ResolvedIds ids;

  LoadedModel(Organization organization, List<Problem> warnings, ResolvedIds ids) {
    this.organization = organization;
    this.warnings = List.copyOf(warnings);
    this.ids = ids;
  }

  public Organization organization() {
    return organization;
  }

  public List<Problem> warnings() {
    return warnings;
  }

  ResolvedIds ids() {
    return ids;
  }

  /** The same model under other settings: its people and links, so its references, are unchanged. */
  public LoadedModel withSettings(Settings settings) {
    return new LoadedModel(organization.withSettings(settings), warnings, ids);
  }

  /** The diagnosis of this model, the same as {@code DiagnosisEngine.diagnose(organization())}. */
  public Diagnosis diagnose() {
    return diagnose(null);
  }

  /** The diagnosis of this model made on {@code asOf}, the same as {@code DiagnosisEngine.diagnose(organization(), asOf)}. */
  public Diagnosis diagnose(LocalDate asOf) {
    return DiagnosisEngine.diagnose(organization, ids, asOf);
  }
}
