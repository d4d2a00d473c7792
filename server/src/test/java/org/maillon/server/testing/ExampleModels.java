package org.maillon.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;

/** The repository's example models, as bytes to upload, and their diagnosis JSON as the core writes it. */
public final class ExampleModels {

  private ExampleModels() {}

  /** A file of the repository's {@code examples/} folder; tests run from {@code server/}. */
  public static Path example(String name) {
    Path path = Path.of("..", "examples", name);
    if (!Files.exists(path)) {
      path = Path.of("examples", name);
    }
    return path;
  }

  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(example(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSV files of a folder of {@code examples/}, zipped as an upload would be. */
  public static byte[] zipped(String folder) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(example(folder))) {
      for (Path file : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** What {@code maillon diagnose --format json --as-of asOf} prints for this model: the core's own writer. */
  public static String diagnosisJson(String fileName, byte[] content, LocalDate asOf, boolean summary,
      Locale locale) {
    StringWriter out = new StringWriter();
    DiagnosisJson.write(DiagnosisEngine.diagnose(ModelFiles.read(fileName, content, locale).organization(), asOf), out,
        summary, locale);
    return out.toString();
  }

  /**
   * Makes {@code examples/sme.yaml} the current model unless it already is, so that tests sharing
   * one server only import it when another test has replaced it.
   */
  public static void smeIsCurrent(OrganizationService organizations, CurrentOrganization current) {
    if (current.get().map(now -> !now.version().organization().equals("Cuisines Bocage & Fils")).orElse(true)) {
      organizations.importModel("sme.yaml", bytes("sme.yaml"), "tests", Locale.ENGLISH);
    }
  }
}
