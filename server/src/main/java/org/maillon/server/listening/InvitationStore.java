package org.maillon.server.listening;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations in the database, by the hash of their token. Using one is a conditional update, so
 * that of two concurrent answers with the same token exactly one sees it unused.
 */
@Repository
class InvitationStore {

  /** An invitation found by its token: its campaign and customer, and whether it was used. */
  record Found(long campaignId, String customer, boolean answered) {}

  private final JdbcClient jdbc;

  InvitationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an invitation and returns its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  long add(long campaignId, String customer, String tokenHash, String email, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO invitations (campaign_id, customer, token_hash, email, created_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(campaignId, customer, tokenHash, email, Timestamps.param(at)).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * Gives an unused invitation a new token, for a reminder: only hashes are kept, so an earlier link
   * cannot be sent again, and the new one replaces it. True when the invitation was still unused.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean renew(long id, String tokenHash) {
    return jdbc.sql("UPDATE invitations SET token_hash = ? WHERE id = ? AND answered_at IS NULL")
        .params(tokenHash, id).update() == 1;
  }

  Optional<Found> find(String tokenHash) {
    return jdbc.sql("SELECT campaign_id, customer, answered_at FROM invitations WHERE token_hash = ?")
        .param(tokenHash)
        .query((rs, row) -> new Found(rs.getLong("campaign_id"), rs.getString("customer"),
            rs.getObject("answered_at") != null))
        .optional();
  }

  /** Marks the invitation used, if it was not: true when this call used it. */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean use(String tokenHash, Instant at) {
    try {
      return jdbc.sql("UPDATE invitations SET answered_at = ? WHERE token_hash = ? AND answered_at IS NULL")
          .params(Timestamps.param(at), tokenHash).update() == 1;
    } catch (ConcurrencyFailureException e) {
      // Another transaction used it at the same moment and the database refused to wait: not ours.
      return false;
    }
  }

  /**
   * Sent invitations of a campaign and its published answers, per customer, in the order given.
   *
   * @param published the campaign's published responses per customer ({@link PublishedAnswers})
   */
  InvitationCounts counts(long campaignId, List<String> customers, Map<String, Integer> published) {
    Map<String, Integer> sent = new HashMap<>();
    jdbc.sql("SELECT customer, COUNT(*) AS sent FROM invitations WHERE campaign_id = ? GROUP BY customer")
        .param(campaignId)
        .query(rs -> {
          sent.put(rs.getString("customer"), rs.getInt("sent"));
        });
    return InvitationCounts.of(customers.stream().map(customer -> new InvitationCounts.PerCustomer(customer,
        sent.getOrDefault(customer, 0), published.getOrDefault(customer, 0))).toList());
  }
}
