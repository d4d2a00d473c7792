package org.maillon.modelfile;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.maillon.graph.ResolvedIds;
import org.maillon.model.Organization;
import tools.jackson.core.JsonParser;

/**
 * Reads a model file, whatever its format, and accepts it only when valid: the one entry point of
 * the CLI and the server, so that every model they diagnose has passed the same rules. A rejected
 * model raises a {@link ModelRejectedException} listing every problem at once, worded in the
 * user's language.
 */
public final class ModelFiles {

  private ModelFiles() {}

  /**
   * Reads and validates a {@code .yaml}/{@code .yml} or {@code .json} file, a {@code .zip} of CSV
   * files or an {@code .xlsx} workbook of one sheet per CSV file (under {@link ZipLimits#DEFAULTS}),
   * or a folder of CSV files. Problems name files as
   * {@code path} names them.
   *
   * @throws ModelRejectedException when the model cannot be read or is invalid
   */
  public static LoadedModel read(Path path, Locale locale) {
    String file = path.toString();
    Problems problems = new Problems(locale);
    try {
      if (Files.isDirectory(path)) {
        return csv(CsvFiles.ofFolder(path), problems);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(file, in, ZipLimits.DEFAULTS, problems);
      }
    } catch (NoSuchFileException e) {
      problems.malformed(file, 0, "file.notFound");
    } catch (IOException e) {
      problems.malformed(file, 0, "file.unreadable", e.getMessage());
    }
    return accept(null, null, problems);
  }

  /**
   * Reads and validates a stored or uploaded model held in memory, as {@link #read(String,
   * InputStream, Locale, ZipLimits)} does under {@link ZipLimits#DEFAULTS}.
   *
   * @throws ModelRejectedException when the model cannot be read or is invalid
   */
  public static LoadedModel read(String fileName, byte[] content, Locale locale) {
    return read(fileName, new ByteArrayInputStream(content), locale, ZipLimits.DEFAULTS);
  }

  /**
   * Reads and validates an uploaded model as it arrives, its format given by the extension of
   * {@code fileName}: yaml, yml, json, zip or xlsx, a zip or a workbook read under {@code limits}.
   * Only a zip's CSV files, or a workbook's compressed bytes (its sheets are streamed), are held in
   * memory, never the upload. What {@code content} throws unchecked passes
   * through. It is left open, whatever happens, for the caller to read what is left of a refused
   * upload (so that a client still sending it can read the answer) and close it.
   *
   * @throws ModelRejectedException when the model cannot be read, is invalid or passes a limit
   */
  public static LoadedModel read(String fileName, InputStream content, Locale locale, ZipLimits limits) {
    Problems problems = new Problems(locale);
    try {
      return read(fileName, new FilterInputStream(content) {
        @Override
        public void close() {
          // the caller's
        }
      }, limits, problems);
    } catch (IOException e) {
      problems.malformed(fileName, 0, "file.unreadable", e.getMessage());
      return accept(null, null, problems);
    }
  }

  private static LoadedModel read(String file, InputStream in, ZipLimits limits, Problems problems)
      throws IOException {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return tree(TreeFormat.YAML, file, in, problems);
    } else if (name.endsWith(".json")) {
      return tree(TreeFormat.JSON, file, in, problems);
    } else if (name.endsWith(".zip")) {
      try {
        return csv(CsvFiles.ofZip(file, in, limits), problems);
      } catch (BoundedZip.LimitException e) {
        e.report(problems);
        return accept(null, null, problems);
      }
    } else if (name.endsWith(".xlsx")) {
      return workbook(file, in.readAllBytes(), limits, problems);
    }
    problems.malformed(file, 0, "format.unknown");
    return accept(null, null, problems);
  }

  private static LoadedModel tree(TreeFormat format, String file, InputStream in, Problems problems) {
    SourceMap source = SourceMap.ofFile(file);
    try (JsonParser parser = format.parser(in)) {
      return accept(new TreeBinder(parser, file, problems, source).bind(), source, problems);
    }
  }

  private static LoadedModel workbook(String file, byte[] content, ZipLimits limits, Problems problems) {
    try {
      return csv(Workbook.of(file, content, limits), problems);
    } catch (BoundedZip.LimitException e) {
      e.report(problems);
    } catch (IOException e) {
      problems.malformed(file, 0, "file.notWorkbook", e.getMessage());
    }
    return accept(null, null, problems);
  }

  private static LoadedModel csv(Tables files, Problems problems) {
    SourceMap source = SourceMap.ofFiles();
    return accept(new CsvModelReader(files, problems, source).read(), source, problems);
  }

  /** Validates a complete model and returns it, or throws with every problem found. */
  private static LoadedModel accept(Organization organization, SourceMap source, Problems problems) {
    ResolvedIds ids = problems.isMalformed() ? null : ModelValidator.validate(organization, source, problems);
    if (problems.hasErrors()) {
      throw new ModelRejectedException(problems.errors());
    }
    return new LoadedModel(organization, problems.warnings(), ids);
  }
}
