package org.maillon.server.storage;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The crash contract on the default database: SQLite in the data folder, read back read-only. */
class SqliteCrashRecoveryIntegrationTests extends CrashRecoveryContract {

  @Override
  Map<String, String> environment() {
    return Map.of();
  }

  @Override
  DataSource database(Path dataDir) {
    return new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("maillon.db") + "?open_mode=1");
  }
}
