package org.maillon.server.listening;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.storage.Timestamps;
import org.maillon.voice.Batches;
import org.maillon.voice.Thresholds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many answers of each campaign's customers are published: the counters of the campaign pages
 * move by the same whole batches as the results ({@link Batches}), so that a manager who sends one
 * invitation cannot see it answered. The batches are those of the results: a team's responses per
 * customer in the order stored, under the thresholds its campaigns of that kind promised (for
 * pulses, every pulse's, as the pulse results count them).
 */
@Repository
class PublishedAnswers {

  private record Stored(long campaign, String customer, Instant at, int threshold) {}

  private final JdbcClient jdbc;
  private final CustomerListening customers;
  private final PulseResponses pulses;

  PublishedAnswers(JdbcClient jdbc, CustomerListening customers, PulseResponses pulses) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.pulses = pulses;
  }

  /** By campaign id, then customer, the published responses to the team's campaigns of this kind. */
  Map<Long, Map<String, Integer>> counts(String team, CampaignKind kind) {
    List<Stored> stored = jdbc.sql("""
            SELECT r.campaign_id, r.customer, r.answered_at, c.anonymity_threshold FROM responses r
            JOIN campaigns c ON c.id = r.campaign_id WHERE c.team = :team AND c.kind = :kind ORDER BY r.id""")
        .param("team", team).param("kind", kind.code())
        .query((rs, row) -> new Stored(rs.getLong("campaign_id"), rs.getString("customer"),
            Timestamps.instant(rs, "answered_at"), rs.getInt("anonymity_threshold")))
        .list();
    Thresholds thresholds = thresholds(team, kind);
    Batches batches = Batches.of(stored.stream()
        .map(s -> new Batches.Arrival(s.customer(), s.at(), thresholds.at(s.at(), s.threshold()), 0)).toList(), 0);
    Map<Long, Map<String, Integer>> counts = new HashMap<>();
    for (int i = 0; i < stored.size(); i++) {
      if (batches.published(i) != null) {
        counts.computeIfAbsent(stored.get(i).campaign(), c -> new HashMap<>())
            .merge(stored.get(i).customer(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The thresholds the results read: the team's customer campaigns', or every pulse's. */
  private Thresholds thresholds(String team, CampaignKind kind) {
    return kind == CampaignKind.PULSE ? pulses.thresholds() : customers.thresholds(team);
  }
}
