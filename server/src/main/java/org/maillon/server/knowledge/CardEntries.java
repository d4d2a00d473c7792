package org.maillon.server.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The entries of the customer cards in the database; the same SQL runs on SQLite and PostgreSQL. */
@Repository
class CardEntries {

  private final JdbcClient jdbc;

  CardEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an entry and returns it with its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  CardEntry add(String customer, Facet facet, LocalDate date, String text, String author, Source source,
      OffsetDateTime recordedAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO card_entries (customer, facet, entry_date, text, author, source, recorded_at)
            VALUES (:customer, :facet, :date, :text, :author, :source, :recordedAt)""")
        .param("customer", customer)
        .param("facet", facet.code())
        .param("date", date)
        .param("text", text)
        .param("author", author)
        .param("source", source.code())
        .param("recordedAt", Timestamps.param(recordedAt.toInstant()))
        .update(keys, "id");
    return new CardEntry(keys.getKeyAs(Number.class).longValue(), customer, facet, date, text, author, source,
        recordedAt);
  }

  /** A customer's entries, newest first (by date, then by when they were recorded). */
  List<CardEntry> of(String customer) {
    return jdbc.sql("""
            SELECT id, customer, facet, entry_date, text, author, source, recorded_at FROM card_entries
            WHERE customer = :customer ORDER BY entry_date DESC, recorded_at DESC, id DESC""")
        .param("customer", customer)
        .query(CardEntries::entry)
        .list();
  }

  /** For every customer with entries, the date of the latest entry of each facet that has one. */
  Map<String, Map<Facet, LocalDate>> latestDates() {
    Map<String, Map<Facet, LocalDate>> latest = new HashMap<>();
    jdbc.sql("SELECT customer, facet, MAX(entry_date) AS latest FROM card_entries GROUP BY customer, facet")
        .query(rs -> {
          latest.computeIfAbsent(rs.getString("customer"), k -> new EnumMap<>(Facet.class))
              .put(Facet.of(rs.getString("facet")).orElseThrow(), rs.getObject("latest", LocalDate.class));
        });
    return latest;
  }

  /** The id of the latest entry, 0 before the first: entries are only ever added. */
  long lastId() {
    return jdbc.sql("SELECT MAX(id) FROM card_entries").query((rs, row) -> rs.getLong(1)).single();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM card_entries").query(Long.class).single();
  }

  private static CardEntry entry(ResultSet rs, int row) throws SQLException {
    return new CardEntry(
        rs.getLong("id"),
        rs.getString("customer"),
        Facet.of(rs.getString("facet")).orElseThrow(),
        rs.getObject("entry_date", LocalDate.class),
        rs.getString("text"),
        rs.getString("author"),
        Source.of(rs.getString("source")).orElseThrow(),
        Timestamps.utc(rs, "recorded_at"));
  }
}
