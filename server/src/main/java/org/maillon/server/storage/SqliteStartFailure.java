package org.maillon.server.storage;

import java.util.Locale;
import org.maillon.server.startup.CannotStart;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What {@link DataFolderCheck} cannot see before the database is opened, said in one line all the
 * same: the disk filling while the schema is made, a database file that is read-only, or one that
 * is not a SQLite database. Other SQLite failures keep Spring Boot's report.
 */
class SqliteStartFailure extends AbstractFailureAnalyzer<SQLiteException> {

  private final Environment environment;

  SqliteStartFailure(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLiteException cause) {
    return SqliteFile.of(environment.getProperty(DataDirectory.URL, ""))
        .map(database -> line(database, cause.getResultCode()))
        .map(line -> new FailureAnalysis(new CannotStart(line).line(), null, cause))
        .orElse(null);
  }

  private static String line(SqliteFile database, SQLiteErrorCode code) {
    String name = code.name();
    String said = code.message.substring(0, 1).toLowerCase(Locale.ROOT) + code.message.substring(1);
    if (code == SQLiteErrorCode.SQLITE_FULL) {
      return "the disk of the data folder " + database.folder() + " is full (the database could not be written): "
          + "free some space or " + DataFolderCheck.CHOOSE;
    }
    if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
      return database.path() + " is not a database Maillon can read (" + said + "): restore a backup "
          + "(docs/storage.md, Backups) or " + DataFolderCheck.CHOOSE;
    }
    if (name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_PERM")
        || name.startsWith("SQLITE_IOERR")) {
      return "cannot write the database " + database.path() + " (" + said + "): make it writable or "
          + DataFolderCheck.CHOOSE;
    }
    return null;
  }
}
