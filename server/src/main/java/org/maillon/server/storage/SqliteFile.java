package org.maillon.server.storage;

import java.nio.file.Path;
import java.util.Optional;

/** The file a SQLite JDBC URL names ({@code jdbc:sqlite:/data/maillon.db?journal_mode=WAL}). */
record SqliteFile(Path path) {

  static final String PREFIX = "jdbc:sqlite:";

  /** The file of this URL; empty for another engine, an in-memory database or a {@code file:} URI. */
  static Optional<SqliteFile> of(String jdbcUrl) {
    if (!jdbcUrl.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String name = jdbcUrl.substring(PREFIX.length());
    int query = name.indexOf('?');
    name = query < 0 ? name : name.substring(0, query);
    if (name.isEmpty() || name.startsWith(":") || name.startsWith("file:")) {
      return Optional.empty();
    }
    return Optional.of(new SqliteFile(Path.of(name).toAbsolutePath().normalize()));
  }

  Path folder() {
    return path.getParent();
  }

  /** A file beside the database whose name is the database's followed by this suffix. */
  Path beside(String suffix) {
    return path.resolveSibling(path.getFileName() + suffix);
  }
}
