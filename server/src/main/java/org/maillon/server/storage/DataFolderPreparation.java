package org.maillon.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Makes the embedded database's folder ready before anything connects to it (SQLite, unlike H2,
 * does not make missing folders), and carries a data folder of a release that used H2 over to
 * SQLite ({@link H2CarryOver}) while no SQLite file exists yet: the first connection would make
 * an empty one. Runs once the settings are known and before any bean is made; does nothing on
 * PostgreSQL.
 */
class DataFolderPreparation implements ApplicationListener<ApplicationPreparedEvent> {

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    SqliteFile.of(environment.getProperty(DataDirectory.URL, "")).ifPresent(file -> prepare(file, environment));
  }

  static void prepare(SqliteFile database, Environment environment) {
    try {
      Files.createDirectories(database.folder());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make the data folder " + database.folder(), e);
    }
    H2CarryOver.from(database).ifPresent(carryOver -> carryOver.run(sqliteLocations(environment)));
  }

  /** Flyway's locations on SQLite: the same folders as the server's, {@code {vendor}} named. */
  static List<String> sqliteLocations(Environment environment) {
    return Arrays.stream(environment.getProperty("spring.flyway.locations", "").split(","))
        .map(String::strip).filter(location -> !location.isEmpty())
        .map(location -> location.replace("{vendor}", "sqlite")).toList();
  }
}
