package org.maillon.server.listening;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

  void add(long campaignId, String customer, String tokenHash, String email, Instant at) {
    jdbc.sql("""
            INSERT INTO invitations (campaign_id, customer, token_hash, email, created_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(campaignId, customer, tokenHash, email, Timestamps.param(at)).update();
  }

  Optional<Found> find(String tokenHash) {
    return jdbc.sql("SELECT campaign_id, customer, answered_at FROM invitations WHERE token_hash = ?")
        .param(tokenHash)
        .query((rs, row) -> new Found(rs.getLong("campaign_id"), rs.getString("customer"),
            rs.getObject("answered_at") != null))
        .optional();
  }

  /** Marks the invitation used, if it was not: true when this call used it. */
  boolean use(String tokenHash, Instant at) {
    try {
      return jdbc.sql("UPDATE invitations SET answered_at = ? WHERE token_hash = ? AND answered_at IS NULL")
          .params(Timestamps.param(at), tokenHash).update() == 1;
    } catch (ConcurrencyFailureException e) {
      // Another transaction used it at the same moment and the database refused to wait: not ours.
      return false;
    }
  }

  /** Sent and answered invitations of a campaign, per customer, in the order given. */
  InvitationCounts counts(long campaignId, List<String> customers) {
    Map<String, InvitationCounts.PerCustomer> found = new HashMap<>();
    jdbc.sql("""
            SELECT customer, COUNT(*) AS sent, COUNT(answered_at) AS answered FROM invitations
            WHERE campaign_id = ? GROUP BY customer""")
        .param(campaignId)
        .query((rs, row) -> new InvitationCounts.PerCustomer(rs.getString("customer"), rs.getInt("sent"),
            rs.getInt("answered")))
        .list().forEach(count -> found.put(count.customer(), count));
    return InvitationCounts.of(customers.stream()
        .map(customer -> found.getOrDefault(customer, new InvitationCounts.PerCustomer(customer, 0, 0)))
        .toList());
  }
}
