package org.maillon.server.storage;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The crash contract on PostgreSQL: a real server (embedded in the test's JVM, which outlives the
 * killed Maillon), given to the Maillon process as an operator does, through MAILLON_DB_URL.
 */
class PostgresCrashRecoveryIntegrationTests extends CrashRecoveryContract {

  static String url;

  @BeforeAll
  static void postgres() {
    EmbeddedPostgresServer.assumeAvailable();
    url = EmbeddedPostgresServer.newDatabase("maillon_crash");
  }

  @Override
  Map<String, String> environment() {
    return Map.of("MAILLON_DB_URL", url, "MAILLON_DB_USER", "postgres", "MAILLON_DB_PASSWORD", "");
  }

  @Override
  DataSource database(Path dataDir) {
    return new DriverManagerDataSource(url, "postgres", "");
  }
}
