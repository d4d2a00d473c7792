package org.maillon.server.storage;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Copies every row of every table of an H2 database into the tables of the same names in a SQLite
 * database at the same schema version, on the caller's transaction: instants become
 * {@link Timestamps}' text, dates ISO text. A table or column that SQLite has not is an error,
 * never a loss. Table and column names come from the databases' own catalogs and are checked to
 * be plain identifiers before they are quoted into SQL, which cannot take them as parameters.
 */
final class TableCopy {

  /** How much was copied. */
  record Copied(int tables, long rows) {}

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String HISTORY = "flyway_schema_history";

  private final Connection h2;
  private final Connection sqlite;

  TableCopy(Connection h2, Connection sqlite) {
    this.h2 = h2;
    this.sqlite = sqlite;
  }

  Copied all() throws SQLException {
    long rows = 0;
    List<String> tables = h2Tables();
    for (String table : tables) {
      rows += copy(table);
    }
    return new Copied(tables.size(), rows);
  }

  private List<String> h2Tables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query = h2.prepareStatement("""
        SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'
        ORDER BY TABLE_NAME"""); ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        if (!rows.getString(1).equalsIgnoreCase(HISTORY)) {
          tables.add(identifier(rows.getString(1)));
        }
      }
    }
    return tables;
  }

  private long copy(String table) throws SQLException {
    String target = table.toLowerCase(Locale.ROOT);
    Set<String> targetColumns = sqliteColumns(target);
    try (Statement read = h2.createStatement(); ResultSet rows = read.executeQuery("SELECT * FROM \"" + table + "\"")) {
      List<String> columns = columns(rows.getMetaData(), target, targetColumns);
      String insert = "INSERT INTO \"" + target + "\" (\"" + String.join("\", \"", columns) + "\") VALUES ("
          + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
      long count = 0;
      try (PreparedStatement write = sqlite.prepareStatement(insert)) {
        while (rows.next()) {
          for (int i = 1; i <= columns.size(); i++) {
            write.setObject(i, sqliteValue(rows, i));
          }
          write.executeUpdate();
          count++;
        }
      }
      return count;
    }
  }

  private Set<String> sqliteColumns(String table) throws SQLException {
    Set<String> columns = new HashSet<>();
    try (PreparedStatement query = sqlite.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new SQLException("the table " + table + " has no place in the SQLite database");
    }
    return columns;
  }

  private static List<String> columns(ResultSetMetaData meta, String table, Set<String> targetColumns)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String column = identifier(meta.getColumnName(i)).toLowerCase(Locale.ROOT);
      if (!targetColumns.contains(column)) {
        throw new SQLException("the column " + table + "." + column + " has no place in the SQLite database");
      }
      columns.add(column);
    }
    return columns;
  }

  private static Object sqliteValue(ResultSet rows, int column) throws SQLException {
    Object value = rows.getObject(column);
    if (value instanceof Clob) {
      return rows.getString(column);
    }
    if (value instanceof OffsetDateTime || value instanceof Timestamp) {
      return Timestamps.text(Timestamps.instant(value));
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    return value;
  }

  private static String identifier(String name) throws SQLException {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new SQLException("the name " + name + " is not a plain identifier");
    }
    return name;
  }
}
