package org.maillon.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL for a server under load ({@code bench/run-load.sh postgres}), so that the load test
 * needs no database installed: starts the embedded PostgreSQL the benchmarks already use, creates a
 * {@code maillon} database, prints {@code MAILLON_DB_URL=…}, {@code MAILLON_DB_USER=…} and {@code
 * MAILLON_DB_PASSWORD=…} lines for the server's environment, then keeps it running until the process
 * is stopped. Its settings are PostgreSQL's defaults: the server is measured as most installs run it.
 */
public final class PostgresLauncher {

  private PostgresLauncher() {}

  public static void main(String[] args) throws IOException, SQLException, InterruptedException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("postgres-launcher: could not stop PostgreSQL: " + e);
      }
    }));
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE DATABASE maillon");
    }
    System.out.println("MAILLON_DB_URL=" + postgres.getJdbcUrl("postgres", "maillon"));
    System.out.println("MAILLON_DB_USER=postgres");
    System.out.println("MAILLON_DB_PASSWORD=postgres");
    System.out.flush();
    Thread.currentThread().join();
  }
}
