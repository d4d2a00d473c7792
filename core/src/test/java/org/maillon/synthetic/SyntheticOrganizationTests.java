package org.maillon.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.model.Organization;
import org.maillon.modelfile.LoadedModel;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;

/** The generator is deterministic, and what it makes passes validation in every format. */
class SyntheticOrganizationTests {

  @TempDir
  Path dir;

  @Test
  void theSameSeedGivesTheSameOrganization() {
    assertThat(SyntheticOrganization.generate(5_000, 42)).isEqualTo(SyntheticOrganization.generate(5_000, 42));
  }

  @Test
  void anotherSeedGivesAnotherOrganization() {
    assertThat(SyntheticOrganization.generate(5_000, 42)).isNotEqualTo(SyntheticOrganization.generate(5_000, 43));
  }

  @Test
  void refusesANegativeHeadcount() {
    assertThatThrownBy(() -> SyntheticOrganization.generate(-1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 9, 10, 57, 1_000, 12_345})
  void passesValidationAndReadsBackEqualInEveryFormat(int people) throws IOException {
    Organization organization = SyntheticOrganization.generate(people, people * 31L + 7);
    for (String name : new String[] {"model.yaml", "model.json"}) {
      Path file = dir.resolve(name);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        if (name.endsWith(".yaml")) {
          ModelWriter.writeYaml(organization, out);
        } else {
          ModelWriter.writeJson(organization, out);
        }
      }
      assertReadsBackEqual(file, organization);
    }
    Path csv = dir.resolve("csv");
    ModelWriter.writeCsv(organization, csv);
    assertReadsBackEqual(csv, organization);
  }

  private static void assertReadsBackEqual(Path model, Organization organization) {
    LoadedModel loaded = ModelFiles.read(model, Locale.ENGLISH);
    assertThat(loaded.warnings()).as(model.toString()).isEmpty();
    assertThat(loaded.organization()).as(model.toString()).isEqualTo(organization);
  }
}
