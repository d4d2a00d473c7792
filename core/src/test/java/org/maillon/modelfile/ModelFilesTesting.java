package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes model files for tests and reads what the readers make of them. */
final class ModelFilesTesting {

  private ModelFilesTesting() {}

  static Path write(Path folder, String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** The problems a model is rejected with, as text, with {@code base} cut from file names. */
  static List<String> problems(Path model, Path base, Locale locale) {
    ModelRejectedException rejected = catchThrowableOfType(ModelRejectedException.class,
        () -> ModelFiles.read(model, locale));
    if (rejected == null) {
      throw new AssertionError("expected " + model + " to be rejected");
    }
    String prefix = base.toString() + base.getFileSystem().getSeparator();
    return rejected.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
  }

  static List<String> problems(Path model, Path base) {
    return problems(model, base, Locale.ENGLISH);
  }

  /** The problems an upload is rejected with, as text. */
  static List<String> problems(String fileName, byte[] content) {
    ModelRejectedException rejected = catchThrowableOfType(ModelRejectedException.class,
        () -> ModelFiles.read(fileName, content, Locale.ENGLISH));
    if (rejected == null) {
      throw new AssertionError("expected " + fileName + " to be rejected");
    }
    return rejected.problems().stream().map(Problem::toString).toList();
  }

  /** The text in Latin-1, as an editor that is not set to UTF-8 saves it. */
  static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
