package org.maillon.server.mail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox in the database. A message is queued, claimed (status {@code sending}, its
 * {@code next_attempt_at} then the end of its lease), and marked sent, or queued again later, or
 * failed. Each change is a conditional update on the status the caller saw, so that two workers
 * never both claim a message.
 */
@Repository
class OutboxStore {

  /** A claimed message, to send. */
  record Claimed(long id, String key, String recipient, String subject, String text, String html, int attempts) {}

  static final List<String> STATUSES = List.of("queued", "sending", "sent", "failed");

  private final JdbcClient jdbc;

  OutboxStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void add(OutgoingMail mail, Instant at) {
    jdbc.sql("""
            INSERT INTO mail_outbox (message_key, recipient, language, subject, text_body, html_body, status,
                attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)""")
        .params(mail.key(), mail.recipient(), mail.language(), mail.subject(), mail.text(), mail.html(),
            Timestamps.param(at), Timestamps.param(at))
        .update();
  }

  /**
   * Claims up to {@code limit} due messages: queued ones whose attempt is due, and ones being sent
   * whose lease ran out. Each is claimed until {@code leaseEnd}, its attempt counted, and the claim
   * committed before any is sent.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  List<Claimed> claim(Instant now, Instant leaseEnd, int limit) {
    List<Long> due = jdbc.sql("""
            SELECT id FROM mail_outbox WHERE status IN ('queued', 'sending') AND next_attempt_at <= ?
            ORDER BY next_attempt_at, id""")
        .param(Timestamps.param(now)).query(Long.class).list();
    return due.stream().limit(limit)
        .filter(id -> jdbc.sql("""
                UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ?
                WHERE id = ? AND status IN ('queued', 'sending') AND next_attempt_at <= ?""")
            .params(Timestamps.param(leaseEnd), id, Timestamps.param(now)).update() == 1)
        .map(id -> jdbc.sql("SELECT * FROM mail_outbox WHERE id = ?").param(id)
            .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("message_key"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"), rs.getInt("attempts")))
            .single())
        .toList();
  }

  /** Marks a message sent, and drops its bodies: they hold working links, of no use once delivered. */
  @Transactional(propagation = Propagation.MANDATORY)
  void sent(long id, Instant at) {
    jdbc.sql("""
            UPDATE mail_outbox SET status = 'sent', sent_at = ?, text_body = NULL, html_body = NULL, last_error = NULL
            WHERE id = ? AND status = 'sending'""")
        .params(Timestamps.param(at), id).update();
  }

  /** Deletes the messages sent before this instant (their bodies are already gone); how many. */
  @Transactional(propagation = Propagation.MANDATORY)
  int purgeSent(Instant before) {
    return jdbc.sql("DELETE FROM mail_outbox WHERE status = 'sent' AND sent_at < ?").param(Timestamps.param(before))
        .update();
  }

  /** Records a failed attempt: queued again at {@code retryAt}, or failed for good when it is null. */
  @Transactional(propagation = Propagation.MANDATORY)
  void attemptFailed(long id, String error, Instant retryAt) {
    jdbc.sql("""
            UPDATE mail_outbox SET status = ?, next_attempt_at = COALESCE(?, next_attempt_at), last_error = ?
            WHERE id = ? AND status = 'sending'""")
        .params(retryAt == null ? "failed" : "queued", Timestamps.param(retryAt), error, id).update();
  }

  Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    STATUSES.forEach(status -> counts.put(status, 0));
    jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status")
        .query(rs -> {
          counts.put(rs.getString("status"), rs.getInt("n"));
        });
    return counts;
  }

  /** The latest messages with an error, failed for good or waiting for another attempt; newest first. */
  List<OutboxReport.Failure> failures(int limit) {
    return jdbc.sql("""
            SELECT id, recipient, subject, status, attempts, last_error, next_attempt_at FROM mail_outbox
            WHERE last_error IS NOT NULL AND status <> 'sent' ORDER BY id DESC""")
        .query((rs, row) -> new OutboxReport.Failure(rs.getLong("id"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
            Timestamps.instant(rs, "next_attempt_at")))
        .stream().limit(limit).toList();
  }
}
