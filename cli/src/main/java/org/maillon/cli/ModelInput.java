package org.maillon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.maillon.diagnosis.Diagnosis;
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

  static Diagnosis diagnose(Path path, CommonOptions common, PrintWriter err) {
    return read(path, common, err).diagnose();
  }
}
