package org.maillon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Organization;
import org.maillon.modelfile.LoadedModel;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.Problem;

/**
 * Reads a model for a command. Warnings go to standard error, one a line like problems, so that
 * standard output carries only the result; a rejection ({@code ModelRejectedException}) propagates
 * to {@link Failures}.
 */
final class ModelInput {

  private ModelInput() {}

  static LoadedModel read(Path path, CommonOptions common, PrintWriter err) {
    LoadedModel loaded = ModelFiles.read(path, common.locale());
    for (Problem warning : loaded.warnings()) {
      err.println(warning);
    }
    err.flush();
    return loaded;
  }

  /** Diagnoses the model with the references the validator resolved, so the engine need not. */
  static Diagnosis diagnose(Path path, CommonOptions common, PrintWriter err) {
    return diagnose(read(path, common, err), UnaryOperator.identity());
  }

  /** Diagnoses the model once {@code adjust} changed what it may, keeping its people and links. */
  static Diagnosis diagnose(LoadedModel loaded, UnaryOperator<Organization> adjust) {
    return DiagnosisEngine.diagnose(adjust.apply(loaded.organization()), loaded.ids());
  }
}
