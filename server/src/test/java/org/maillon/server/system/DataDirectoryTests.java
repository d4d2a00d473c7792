package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** H2 gets the data dir as an absolute path, whatever the user typed. */
class DataDirectoryTests {

  @Test
  void aRelativeDataDirBecomesAbsolute() {
    MockEnvironment environment = new MockEnvironment().withProperty("maillon.data-dir", "data");

    new DataDirectory().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(DataDirectory.ABSOLUTE))
        .isEqualTo(Path.of("data").toAbsolutePath().normalize().toString());
  }

  @Test
  void theDefaultIsDataInTheWorkingDirectory() {
    MockEnvironment environment = new MockEnvironment();

    new DataDirectory().postProcessEnvironment(environment, null);

    assertThat(Path.of(environment.getProperty(DataDirectory.ABSOLUTE))).isEqualTo(Path.of("data").toAbsolutePath());
  }
}
