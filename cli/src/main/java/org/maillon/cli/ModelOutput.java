package org.maillon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelWriter;

/**
 * Writes a model a command made ({@code generate}'s synthetic one, {@code what-if}'s result) in the
 * format asked, or the one the path's extension says: .yaml, .yml, .json, .xlsx, else a folder of
 * CSV files.
 */
final class ModelOutput {

  enum Format { YAML, JSON, CSV, XLSX }

  private ModelOutput() {}

  /** @param format null to infer it from {@code out} */
  static void write(Organization organization, Path out, Format format) throws IOException {
    Format chosen = format != null ? format : inferred(out);
    if (chosen == Format.CSV) {
      ModelWriter.writeCsv(organization, out);
      return;
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    if (chosen == Format.XLSX) {
      try (OutputStream stream = Files.newOutputStream(out)) {
        ModelWriter.writeXlsx(organization, stream);
      }
      return;
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (chosen == Format.YAML) {
        ModelWriter.writeYaml(organization, writer);
      } else {
        ModelWriter.writeJson(organization, writer);
      }
    }
  }

  private static Format inferred(Path out) {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".xlsx")) {
      return Format.XLSX;
    }
    return name.endsWith(".yaml") || name.endsWith(".yml") ? Format.YAML : Format.CSV;
  }
}
