package org.maillon.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Instants as both engines keep them, written and read by this one class so that every store
 * binds and reads them alike: UTC to the microsecond. The value bound is ISO-8601 text of a fixed
 * width ({@code 2026-11-28T10:15:00.000000Z}) of unspecified SQL type: SQLite stores that text,
 * whose order is the time order, so {@code answered_at >= ?} and {@code MAX(answered_at)} hold;
 * PostgreSQL reads it as a {@code TIMESTAMP WITH TIME ZONE}, from the column it goes into or is
 * compared with.
 */
public final class Timestamps {

  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** The instant as a statement's parameter. */
  public static SqlParameterValue param(Instant instant) {
    return new SqlParameterValue(Types.OTHER, instant == null ? null : text(instant));
  }

  /** The instant as SQLite keeps it: UTC, to the microsecond, always 27 characters. */
  static String text(Instant instant) {
    return TEXT.format(instant.truncatedTo(ChronoUnit.MICROS));
  }

  /** The instant in a column (or an aggregate of one, such as MAX), or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    return instant(rs.getObject(column));
  }

  /** The instant in a column by its position, or null. */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    return instant(rs.getObject(column));
  }

  /** The instant in a column as a UTC date and time, or null. */
  public static OffsetDateTime utc(ResultSet rs, String column) throws SQLException {
    Instant instant = instant(rs, column);
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** What a driver returns for a timestamp column: SQLite text, PostgreSQL and H2 their own types. */
  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      return Instant.parse(text);
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp time) {
      return time.toInstant();
    }
    throw new IllegalArgumentException("Not an instant: " + value.getClass().getName());
  }
}
