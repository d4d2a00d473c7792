package org.maillon.server.notices;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The causes already noticed, each once: {@code (kind, subject, occurrence)} is the table's
 * primary key, so that a second insert of one cause fails even from another process.
 */
@Repository
class SentNotices {

  /** One cause: what kind, about what, and which time of it (a due day, a week). */
  record Cause(String kind, String subject, String occurrence) {}

  private final JdbcClient jdbc;

  SentNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean sent(Cause cause) {
    return jdbc.sql("SELECT COUNT(*) FROM sent_notices WHERE kind = ? AND subject = ? AND occurrence = ?")
        .params(cause.kind(), cause.subject(), cause.occurrence()).query(Integer.class).single() > 0;
  }

  /** Every cause of this kind noticed so far. */
  Set<Cause> all(String kind) {
    return new HashSet<>(jdbc.sql("SELECT subject, occurrence FROM sent_notices WHERE kind = ?").param(kind)
        .query((row, n) -> new Cause(kind, row.getString(1), row.getString(2))).list());
  }

  /**
   * Records the cause as noticed, in the transaction that queues its message.
   *
   * @param verbatims for a digest, the verbatims its teams had published; else null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void add(Cause cause, String personId, Instant at, Integer verbatims) {
    jdbc.sql("""
            INSERT INTO sent_notices (kind, subject, occurrence, recipient, sent_at, verbatims)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(cause.kind(), cause.subject(), cause.occurrence(), personId, Timestamps.param(at), verbatims)
        .update();
  }

  /** The verbatims counted by this person's latest notice of this kind that counted any; empty if none. */
  Optional<Integer> latestVerbatims(String kind, String personId) {
    return jdbc.sql("""
            SELECT verbatims FROM sent_notices WHERE kind = ? AND recipient = ? AND verbatims IS NOT NULL
            ORDER BY sent_at DESC LIMIT 1""")
        .params(kind, personId).query(Integer.class).optional();
  }
}
