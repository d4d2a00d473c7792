package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.modelfile.ModelFiles;

/** The generate command writes the same bytes for the same seed, in a model that is always valid. */
class GenerateCommandTests {

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"org.yaml", "org.json", "csv"})
  void theSameSeedWritesTheSameBytes(String name) throws IOException {
    Path first = folder.resolve("a").resolve(name);
    Path second = folder.resolve("b").resolve(name);
    assertThat(run("generate", "--people", "3000", "--seed", "7", "--out", first.toString()).code()).isZero();
    assertThat(run("generate", "--people", "3000", "--seed", "7", "--out", second.toString()).code()).isZero();

    assertThat(files(first)).isNotEmpty().isEqualTo(files(second));
    for (Path file : files(first)) {
      assertThat(Files.mismatch(first.resolveSibling(file), second.resolveSibling(file))).as(file.toString()).isEqualTo(-1);
    }
  }

  @Test
  void anotherSeedWritesAnotherModel() throws IOException {
    Path first = folder.resolve("1.yaml");
    Path second = folder.resolve("2.yaml");
    run("generate", "--people", "500", "--seed", "1", "--out", first.toString());
    run("generate", "--people", "500", "--seed", "2", "--out", second.toString());
    assertThat(Files.mismatch(first, second)).isNotEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 10, 999, 20_000})
  void writesAValidModelOfTheHeadcountAsked(int people) {
    for (String format : List.of("yaml", "json", "csv", "xlsx")) {
      Path out = folder.resolve(format.equals("csv") ? people + "-csv" : people + "." + format);
      Cli.Run run = run("generate", "--people", Integer.toString(people), "--format", format, "--out", out.toString());
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(ModelFiles.read(out, Locale.ENGLISH).organization().people()).hasSize(people);
    }
  }

  @Test
  void diagnosesWhatItGenerated() {
    Path out = folder.resolve("org.json");
    run("generate", "--people", "2000", "--out", out.toString());
    Cli.Run run = run("diagnose", out.toString(), "--format", "json", "--summary");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"headcount\" : 2000");
  }

  @Test
  void refusesANegativeHeadcount() {
    Cli.Run run = run("generate", "--people", "-1", "--out", folder.resolve("x.yaml").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--people must be 0 or more");
  }

  /** The files of a model, relative to its parent folder: the file itself, or the folder's files. */
  private static List<Path> files(Path model) throws IOException {
    if (!Files.isDirectory(model)) {
      return List.of(model.getFileName());
    }
    try (Stream<Path> files = Files.list(model)) {
      return files.map(file -> model.getParent().relativize(file)).sorted().toList();
    }
  }
}
