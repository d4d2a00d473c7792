package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The examples shipped with Maillon read without a warning, and the CSV twin is the same SME. */
class ExampleModelsTests {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void theCsvFolderDescribesTheSameSmeAsTheYaml() {
    LoadedModel yaml = ModelFiles.read(EXAMPLES.resolve("sme.yaml"), Locale.ENGLISH);
    LoadedModel csv = ModelFiles.read(EXAMPLES.resolve("sme-csv"), Locale.ENGLISH);
    assertThat(yaml.warnings()).isEmpty();
    assertThat(csv.warnings()).isEmpty();
    assertThat(csv.organization()).isEqualTo(yaml.organization());
    assertThat(yaml.organization().people()).hasSize(500);
  }

  @Test
  void theLegionReads() {
    LoadedModel legion = ModelFiles.read(EXAMPLES.resolve("legion.yaml"), Locale.ENGLISH);
    assertThat(legion.warnings()).isEmpty();
    assertThat(legion.organization().people()).hasSize(6000);
  }
}
