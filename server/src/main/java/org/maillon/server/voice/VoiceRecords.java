package org.maillon.server.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.maillon.voice.Cadence;
import org.maillon.voice.ListeningEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the voice module reads of the listening tables ({@code V3__listening.sql}): responses with
 * their answers, invitation counts, thresholds, cadences and the latest listening per link. Read
 * only, parameterised SQL that SQLite and PostgreSQL both run.
 */
@Repository
class VoiceRecords {

  /** One response of a team's campaign, its answers folded in; no invitation or person behind it. */
  record Response(String customer, Instant at, String language, Integer nps, Integer csat, List<String> texts) {}

  private final JdbcClient jdbc;

  VoiceRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The largest anonymity threshold of the team's campaigns; empty when it runs none. */
  Optional<Integer> threshold(String team) {
    // Thresholds are at least 1 (a CHECK of the table), so 0 says there is no campaign.
    int largest = jdbc.sql(
        "SELECT COALESCE(MAX(anonymity_threshold), 0) FROM campaigns WHERE team = :team AND kind = 'customers'")
        .param("team", team).query(Integer.class).single();
    return largest > 0 ? Optional.of(largest) : Optional.empty();
  }

  /** Every response to the team's campaigns, in the order they were stored. */
  List<Response> responses(String team) {
    Map<Long, ResponseRows> byId = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT r.id, r.customer, r.answered_at, r.language, q.type, a.answer_value, a.answer_text
            FROM responses r
            JOIN campaigns c ON c.id = r.campaign_id
            LEFT JOIN answers a ON a.response_id = r.id
            LEFT JOIN campaign_questions q ON q.campaign_id = r.campaign_id AND q.position = a.question
            WHERE c.team = :team AND c.kind = 'customers'
            ORDER BY r.id, a.question""")
        .param("team", team)
        .query(rs -> {
          byId.computeIfAbsent(rs.getLong("id"), id -> ResponseRows.of(rs)).add(rs);
        });
    return byId.values().stream().map(ResponseRows::response).toList();
  }

  /** How many invitations the team's campaigns sent to each customer. */
  Map<String, Integer> invitations(String team) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("""
            SELECT i.customer, COUNT(*) AS sent FROM invitations i JOIN campaigns c ON c.id = i.campaign_id
            WHERE c.team = :team AND c.kind = 'customers' GROUP BY i.customer""")
        .param("team", team)
        .query(rs -> {
          counts.put(rs.getString("customer"), rs.getInt("sent"));
        });
    return counts;
  }

  /** The cadence of every campaign for each customer it includes. */
  List<Cadence> cadences() {
    return jdbc.sql("""
            SELECT c.team, cc.customer, c.cadence_days FROM campaigns c
            JOIN campaign_customers cc ON cc.campaign_id = c.id WHERE c.kind = 'customers'""")
        .query((rs, row) -> new Cadence(rs.getString("team"), rs.getString("customer"), rs.getInt("cadence_days")))
        .list();
  }

  /** The latest response and the latest conversation of every (team, customer) that has one. */
  List<ListeningEvent> latestListening() {
    List<ListeningEvent> events = new ArrayList<>(jdbc.sql("""
            SELECT c.team, r.customer, MAX(r.answered_at) AS last_at FROM responses r
            JOIN campaigns c ON c.id = r.campaign_id WHERE c.kind = 'customers' GROUP BY c.team, r.customer""")
        .query(VoiceRecords::event).list());
    events.addAll(jdbc.sql("SELECT team, customer, MAX(held_at) AS last_at FROM conversations GROUP BY team, customer")
        .query(VoiceRecords::event).list());
    return events;
  }

  private static ListeningEvent event(ResultSet rs, int row) throws SQLException {
    return new ListeningEvent(rs.getString("team"), rs.getString("customer"), Timestamps.instant(rs, "last_at"));
  }

  /** The rows of one response, one per answer, folded as they come. */
  private static final class ResponseRows {

    private final String customer;
    private final Instant at;
    private final String language;
    private Integer nps;
    private Integer csat;
    private final List<String> texts = new ArrayList<>();

    private ResponseRows(String customer, Instant at, String language) {
      this.customer = customer;
      this.at = at;
      this.language = language;
    }

    static ResponseRows of(ResultSet rs) {
      try {
        return new ResponseRows(rs.getString("customer"), Timestamps.instant(rs, "answered_at"), rs.getString("language"));
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read a response", e);
      }
    }

    void add(ResultSet rs) throws SQLException {
      String type = rs.getString("type");
      int value = rs.getInt("answer_value");
      boolean hasValue = !rs.wasNull();
      if ("nps".equals(type) && hasValue && nps == null) {
        nps = value;
      } else if ("csat".equals(type) && hasValue && csat == null) {
        csat = value;
      } else if ("text".equals(type)) {
        String text = rs.getString("answer_text");
        if (text != null && !text.isBlank()) {
          texts.add(text.strip());
        }
      }
    }

    Response response() {
      return new Response(customer, at, language, nps, csat, List.copyOf(texts));
    }
  }
}
