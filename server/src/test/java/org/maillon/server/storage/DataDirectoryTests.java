package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The data dir as an absolute path, whatever the user typed, and the pool's defaults of the engine
 * the URL names as it is when read, which a setting given overrides.
 */
class DataDirectoryTests {

  static final String POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";
  static final String KEEPALIVE = "spring.datasource.hikari.keepalive-time";

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

  @Test
  void aDataDirGivenAfterStartUpIsFollowedAndARandomOneIsDrawnOnce() {
    MockEnvironment environment = new MockEnvironment();
    new DataDirectory().postProcessEnvironment(environment, null);

    environment.setProperty("maillon.data-dir", "/srv/tests/${random.uuid}");
    environment.getPropertySources().addLast(new RandomValuePropertySource());

    String first = environment.getProperty(DataDirectory.ABSOLUTE);
    assertThat(first).startsWith("/srv/tests/").doesNotContain("${");
    assertThat(environment.getProperty(DataDirectory.ABSOLUTE)).isEqualTo(first);
  }

  @Test
  void theSqliteUrlUnderTheDataDirGetsAFixedPoolOfItsOwn() {
    MockEnvironment environment = new MockEnvironment().withProperty("maillon.data-dir", "/srv/maillon")
        .withProperty(DataDirectory.URL, "jdbc:sqlite:${maillon.data-dir.absolute}/maillon.db?foreign_keys=true");

    new DataDirectory().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(POOL_SIZE)).isEqualTo(String.valueOf(PoolDefaults.SQLITE_POOL_SIZE));
    assertThat(environment.getProperty(KEEPALIVE)).isNull();
  }

  @Test
  void postgresqlConnectionsAreKeptAliveAndRenewedBeforeTheNetworkDropsThem() {
    MockEnvironment environment = new MockEnvironment().withProperty(DataDirectory.URL, "jdbc:sqlite:/tmp/x.db");
    new DataDirectory().postProcessEnvironment(environment, null);

    environment.setProperty(DataDirectory.URL, "jdbc:postgresql://db.example/maillon");

    assertThat(environment.getProperty(KEEPALIVE, Long.class)).isEqualTo(60_000L);
    assertThat(environment.getProperty("spring.datasource.hikari.max-lifetime", Long.class))
        .isGreaterThan(environment.getProperty(KEEPALIVE, Long.class)).isLessThan(30 * 60_000L);
    assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.tcpKeepAlive")).isEqualTo("true");
    assertThat(environment.getProperty(POOL_SIZE)).isNull();
  }

  @Test
  void aSettingGivenWinsOverTheDefaults() {
    MockEnvironment environment = new MockEnvironment().withProperty(DataDirectory.URL, "jdbc:postgresql://db/m")
        .withProperty(KEEPALIVE, "45000");

    new DataDirectory().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(KEEPALIVE)).isEqualTo("45000");
  }
}
