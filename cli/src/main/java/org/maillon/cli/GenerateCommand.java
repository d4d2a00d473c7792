package org.maillon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelWriter;
import org.maillon.synthetic.SyntheticOrganization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code maillon generate}: writes a synthetic organisation of any size, to try Maillon or measure
 * it at the scale of the largest employers without their data. The same size and seed always write
 * the same bytes (an .xlsx workbook the same sheets: its file carries the time it was written).
 * Silent on success, like any tool whose output is a file. Linear in people.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic organisation of realistic shape (deterministic for a given seed).")
final class GenerateCommand implements Callable<Integer> {

  enum Format { YAML, JSON, CSV, XLSX }

  @Spec
  CommandSpec spec;

  @Option(names = "--people", required = true, paramLabel = "N", description = "Headcount, 0 or more.")
  int people;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "The same seed gives the same organisation (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "yaml|json|csv|xlsx",
      description = "Default: from the extension of --out (.yaml, .yml, .json, .xlsx), else a folder of CSV files.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file, or the CSV folder, to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (people < 0) {
      throw new ParameterException(spec.commandLine(), "--people must be 0 or more, was " + people);
    }
    Organization organization = SyntheticOrganization.generate(people, seed);
    Format chosen = format != null ? format : inferredFormat();
    if (chosen == Format.CSV) {
      ModelWriter.writeCsv(organization, out);
      return 0;
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    if (chosen == Format.XLSX) {
      try (OutputStream stream = Files.newOutputStream(out)) {
        ModelWriter.writeXlsx(organization, stream);
      }
      return 0;
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (chosen == Format.YAML) {
        ModelWriter.writeYaml(organization, writer);
      } else {
        ModelWriter.writeJson(organization, writer);
      }
    }
    return 0;
  }

  private Format inferredFormat() {
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
