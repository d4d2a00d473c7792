package org.maillon.server.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the H2 database of a release before SQLite ({@code maillon.mv.db}, beside where
 * {@code maillon.db} goes) over to SQLite, all of it or nothing. The SQLite database is built
 * aside, at the H2 database's schema version, filled in one transaction, and only then given its
 * name; Flyway takes it on to the latest version as for any database. The H2 file is kept,
 * renamed. On any failure nothing is left of the SQLite database and the H2 file is untouched, and
 * the message says how to carry the data over.
 */
final class H2CarryOver {

  static final String H2_FILE = "maillon.mv.db";
  static final String KEPT_AS = "maillon-before-sqlite.mv.db";

  private static final Logger log = LoggerFactory.getLogger(H2CarryOver.class);

  private final Path h2;
  private final SqliteFile database;

  private H2CarryOver(Path h2, SqliteFile database) {
    this.h2 = h2;
    this.database = database;
  }

  /** A carry-over to do: an H2 file beside a SQLite database that does not exist yet. */
  static Optional<H2CarryOver> from(SqliteFile database) {
    Path h2 = database.folder().resolve(H2_FILE);
    if (Files.exists(database.path()) || !Files.exists(h2)) {
      return Optional.empty();
    }
    return Optional.of(new H2CarryOver(h2, database));
  }

  /** Carries the data over with these migrations, or fails leaving everything as it was. */
  void run(List<String> migrations) {
    Path partial = database.beside(".carrying-over");
    TableCopy.Copied copied;
    try {
      deleteAside(partial);
      copied = copy(partial, migrations);
      Files.move(partial, database.path(), StandardCopyOption.ATOMIC_MOVE);
      syncFolder();
    } catch (SQLException | IOException | RuntimeException e) {
      deleteQuietly(partial);
      throw new IllegalStateException(failure(e), e);
    }
    Path kept = h2.resolveSibling(KEPT_AS);
    try {
      Files.move(h2, kept);
    } catch (IOException e) {
      kept = h2;
      log.warn("The H2 file {} could not be renamed ({}); it is no longer read.", h2, e.getMessage());
    }
    log.info("Carried the database of the previous release (H2, {} rows of {} tables) over to SQLite in {}; the H2 "
        + "file is kept as {}.", copied.rows(), copied.tables(), database.path(), kept);
  }

  private TableCopy.Copied copy(Path partial, List<String> migrations) throws SQLException {
    String url = SqliteFile.PREFIX + partial;
    try (Connection from = DriverManager.getConnection("jdbc:h2:file:" + h2Name() + ";IFEXISTS=TRUE", "sa", "")) {
      String version = schemaVersion(from);
      Flyway.configure().dataSource(url, "", "").locations(migrations.toArray(String[]::new)).target(version)
          .load().migrate();
      try (Connection to = DriverManager.getConnection(url + "?foreign_keys=true&synchronous=FULL")) {
        to.setAutoCommit(false);
        try (Statement deferred = to.createStatement()) {
          deferred.execute("PRAGMA defer_foreign_keys = ON");
        }
        TableCopy.Copied copied = new TableCopy(from, to).all();
        to.commit();
        return copied;
      }
    }
  }

  /** The H2 database's name: its file's path without {@code .mv.db}. */
  private String h2Name() {
    String file = h2.toString();
    return file.substring(0, file.length() - ".mv.db".length());
  }

  private static String schemaVersion(Connection h2) throws SQLException {
    try (Statement statement = h2.createStatement(); ResultSet rows = statement.executeQuery("""
        SELECT "version" FROM "flyway_schema_history" WHERE "success" AND "version" IS NOT NULL
        ORDER BY "installed_rank" DESC LIMIT 1""")) {
      if (!rows.next()) {
        throw new SQLException("the H2 database has no migration applied");
      }
      return rows.getString(1);
    }
  }

  private String failure(Exception e) {
    return "Cannot carry the database of the previous release (H2) over to SQLite: " + e.getMessage() + ". Nothing "
        + "was changed: the data in " + h2 + " is untouched and no " + database.path().getFileName() + " was made. Fix the "
        + "cause and start again to carry it over; or start the previous release on this folder; or, to start with "
        + "an empty database, move " + H2_FILE + " out of " + database.folder() + ". See docs/storage.md, "
        + "\"Upgrading from H2\".";
  }

  private void syncFolder() {
    try (FileChannel folder = FileChannel.open(database.folder(), StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException e) {
      log.debug("Cannot sync the folder {}: {}", database.folder(), e.getMessage());
    }
  }

  private static void deleteAside(Path partial) throws IOException {
    for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
      Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + suffix));
    }
  }

  private static void deleteQuietly(Path partial) {
    try {
      deleteAside(partial);
    } catch (IOException e) {
      log.warn("Cannot delete the partial database {}: {}", partial, e.getMessage());
    }
  }
}
