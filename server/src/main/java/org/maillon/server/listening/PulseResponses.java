package org.maillon.server.listening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.storage.Timestamps;
import org.maillon.voice.Thresholds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What pulses gathered, read only, for the pulse results: the responses with their three scores
 * and their free texts, in the order they were stored, the invitations sent per team and the thresholds pulses promised.
 * Nothing read here links a response to an invitation or a person. The same SQL runs on SQLite and
 * PostgreSQL.
 */
@Repository
public class PulseResponses {

  private final JdbcClient jdbc;

  PulseResponses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The thresholds pulses promised from their creation on. */
  public Thresholds thresholds() {
    return Thresholds.of(jdbc.sql("SELECT created_at, anonymity_threshold FROM campaigns WHERE kind = 'pulse'")
        .query((rs, row) -> new Thresholds.Promise(Timestamps.instant(rs, "created_at"),
            rs.getInt("anonymity_threshold")))
        .list());
  }

  /** Every response to a pulse that gave the three scores, with its free texts, in the order stored. */
  public List<PulseAnswer> answers() {
    Map<Long, Rows> byId = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT r.id, c.team, r.answered_at, c.anonymity_threshold, q.type, a.answer_value, a.answer_text
            FROM responses r
            JOIN campaigns c ON c.id = r.campaign_id
            JOIN answers a ON a.response_id = r.id
            JOIN campaign_questions q ON q.campaign_id = r.campaign_id AND q.position = a.question
            WHERE c.kind = 'pulse' AND q.type IN ('hours', 'share', 'scale', 'text')
            ORDER BY r.id, a.question""")
        .query(rs -> {
          Rows rows = byId.computeIfAbsent(rs.getLong("id"), id -> new Rows());
          if (rows.team == null) {
            rows.team = rs.getString("team");
            rows.at = Timestamps.instant(rs, "answered_at");
            rows.threshold = rs.getInt("anonymity_threshold");
          }
          int value = rs.getInt("answer_value");
          switch (rs.getString("type")) {
            case "hours" -> rows.hours = value;
            case "share" -> rows.share = value;
            case "scale" -> rows.freedom = value;
            default -> rows.text(rs.getString("answer_text"));
          }
        });
    return byId.values().stream().filter(Rows::complete)
        .map(rows -> new PulseAnswer(rows.team, rows.at, rows.threshold, rows.hours, rows.share,
            rows.freedom, rows.texts)).toList();
  }

  /** How many pulse invitations each team's collaborators were sent. */
  public Map<String, Integer> invitations() {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("""
            SELECT c.team, COUNT(*) AS sent FROM invitations i JOIN campaigns c ON c.id = i.campaign_id
            WHERE c.kind = 'pulse' GROUP BY c.team""")
        .query(rs -> {
          counts.put(rs.getString("team"), rs.getInt("sent"));
        });
    return counts;
  }

  /** The answer rows of one response, folded as they come. */
  private static final class Rows {
    String team;
    Instant at;
    int threshold;
    Integer hours;
    Integer share;
    Integer freedom;
    final List<String> texts = new ArrayList<>();

    void text(String text) {
      if (text != null && !text.isBlank()) {
        texts.add(text.strip());
      }
    }

    boolean complete() {
      return hours != null && share != null && freedom != null;
    }
  }
}
