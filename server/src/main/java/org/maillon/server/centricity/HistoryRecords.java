package org.maillon.server.centricity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the index reads from the database itself, read-only: for its evolution, the latest model
 * versions (the organisation module's {@code model_versions}) and the instants teams listened to
 * their customers (the listening module's responses and conversations); to know when the index of
 * now must be computed again, how far the listening and card data has grown. Same SQL on SQLite
 * and PostgreSQL.
 */
@Repository
class HistoryRecords {

  /** A stored version, without its model. */
  record StoredVersion(long id, OffsetDateTime importedAt) {}

  /** A team listened to a customer at that instant (a response to its campaign, or a conversation). */
  record Listened(String team, String customer, Instant at) {}

  /**
   * The last id of each table whose rows the index of now reads, directly or through the listening,
   * voice and knowledge modules. Those rows are only ever added, in transactions, so an unchanged
   * state means unchanged data; a pulse, whose campaigns and responses share these tables, changes
   * it too, which costs one computation more.
   */
  record State(long campaigns, long invitations, long responses, long conversations, long cardEntries) {}

  private final JdbcClient jdbc;

  HistoryRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest versions, newest first, without their models (a 100k-person model is 25 MB). */
  List<StoredVersion> latest(int limit) {
    return jdbc.sql("SELECT id, imported_at FROM model_versions ORDER BY id DESC LIMIT :limit")
        .param("limit", Math.max(1, limit))
        .query((rs, row) -> new StoredVersion(rs.getLong("id"), Timestamps.utc(rs, "imported_at")))
        .list();
  }

  /** The model JSON a version stored. */
  String modelJson(long id) {
    return jdbc.sql("SELECT model_json FROM model_versions WHERE id = :id").param("id", id)
        .query(String.class).single();
  }

  /** The data's state now: five lookups of a primary key's largest value. */
  State state() {
    return jdbc.sql("""
            SELECT (SELECT MAX(id) FROM campaigns), (SELECT MAX(id) FROM invitations), (SELECT MAX(id) FROM responses),
                   (SELECT MAX(id) FROM conversations), (SELECT MAX(id) FROM card_entries)""")
        .query((rs, row) -> new State(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
        .single();
  }

  /** Every listening since that instant: responses to campaigns, then conversations. */
  List<Listened> listenedSince(Instant since) {
    SqlParameterValue from = Timestamps.param(since);
    List<Listened> listened = new ArrayList<>(jdbc.sql("""
            SELECT c.team, r.customer, r.answered_at FROM responses r JOIN campaigns c ON c.id = r.campaign_id
            WHERE r.answered_at >= :from AND c.kind = 'customers'""")
        .param("from", from)
        .query((rs, row) -> new Listened(rs.getString(1), rs.getString(2),
            Timestamps.instant(rs, 3)))
        .list());
    listened.addAll(jdbc.sql("SELECT team, customer, held_at FROM conversations WHERE held_at >= :from")
        .param("from", from)
        .query((rs, row) -> new Listened(rs.getString(1), rs.getString(2),
            Timestamps.instant(rs, 3)))
        .list());
    return listened;
  }
}
