package org.maillon.server.storage;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Makes the embedded database's folder ready before anything connects to it (SQLite, unlike H2,
 * does not make missing folders), and carries a data folder of a release that used H2 over to
 * SQLite ({@link H2CarryOver}) while no SQLite file exists yet: the first connection would make
 * an empty one. Runs once the settings are known and before any bean is made; does nothing on
 * PostgreSQL. A folder that cannot hold the database stops the start with one line
 * ({@link DataFolderCheck}); {@link #early()} checks it before anything else is printed.
 */
public class DataFolderPreparation implements ApplicationListener<ApplicationPreparedEvent> {

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    SqliteFile.of(environment.getProperty(DataDirectory.URL, "")).ifPresent(file -> prepare(file, environment));
  }

  /**
   * The same check as soon as the settings are read, before the banner and the start-up log, so
   * that the operator of {@code ./maillon serve} reads one line. Only the launcher's {@code main}
   * adds it: a test adds settings later, which the check here would not see yet.
   */
  public static ApplicationListener<ApplicationEnvironmentPreparedEvent> early() {
    return new Early();
  }

  private static final class Early implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
      SqliteFile.of(event.getEnvironment().getProperty(DataDirectory.URL, "")).ifPresent(DataFolderCheck::prepare);
    }
  }

  static void prepare(SqliteFile database, Environment environment) {
    DataFolderCheck.prepare(database);
    H2CarryOver.from(database).ifPresent(carryOver -> carryOver.run(sqliteLocations(environment)));
  }

  /** Flyway's locations on SQLite: the same folders as the server's, {@code {vendor}} named. */
  static List<String> sqliteLocations(Environment environment) {
    return Arrays.stream(environment.getProperty("spring.flyway.locations", "").split(","))
        .map(String::strip).filter(location -> !location.isEmpty())
        .map(location -> location.replace("{vendor}", "sqlite")).toList();
  }
}
