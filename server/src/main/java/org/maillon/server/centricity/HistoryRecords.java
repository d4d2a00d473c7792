package org.maillon.server.centricity;

import java.time.OffsetDateTime;
import java.util.List;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the index reads from the database itself, read-only: for its evolution, the latest model
 * versions (the organisation module's {@code model_versions}); to know when the index of now must
 * be computed again, how far the listening and card data has grown. Same SQL on SQLite and
 * PostgreSQL.
 */
@Repository
class HistoryRecords {

  /** A stored version, without its model. */
  record StoredVersion(long id, OffsetDateTime importedAt) {}

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
}
