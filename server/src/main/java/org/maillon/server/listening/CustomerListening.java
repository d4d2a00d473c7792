package org.maillon.server.listening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.storage.Timestamps;
import org.maillon.voice.Cadence;
import org.maillon.voice.ListeningEvent;
import org.maillon.voice.Thresholds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What customer campaigns and conversations gathered, read only, for the voice results and regular
 * listening: responses with their answers, invitation counts, the thresholds campaigns promised,
 * cadences and conversations. Responses come in the order they were stored, which is the order
 * {@link org.maillon.voice.Batches} cuts them in; nothing read here links a response to an
 * invitation or a person. The same SQL runs on SQLite and PostgreSQL.
 */
@Repository
public class CustomerListening {

  /**
   * One response of a team's campaign, its answers folded in; no invitation or person behind it.
   *
   * @param threshold the anonymity threshold of its own campaign
   */
  public record Response(String customer, Instant at, int threshold, String language, Integer nps, Integer csat,
      List<String> texts) {}

  /** A response of any team's campaign, without its answers, for regular listening. */
  public record Listened(String team, String customer, Instant at, int threshold) {}

  private final JdbcClient jdbc;

  CustomerListening(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** By team, the thresholds its customer campaigns promised from their creation on. */
  public Map<String, Thresholds> thresholds() {
    Map<String, List<Thresholds.Promise>> promises = new HashMap<>();
    jdbc.sql("SELECT team, created_at, anonymity_threshold FROM campaigns WHERE kind = 'customers'")
        .query(rs -> {
          promises.computeIfAbsent(rs.getString("team"), t -> new ArrayList<>())
              .add(new Thresholds.Promise(Timestamps.instant(rs, "created_at"), rs.getInt("anonymity_threshold")));
        });
    Map<String, Thresholds> byTeam = new HashMap<>();
    promises.forEach((team, made) -> byTeam.put(team, Thresholds.of(made)));
    return byTeam;
  }

  /** The thresholds the team's customer campaigns promised from their creation on. */
  public Thresholds thresholds(String team) {
    return Thresholds.of(jdbc.sql("""
            SELECT created_at, anonymity_threshold FROM campaigns WHERE team = :team AND kind = 'customers'""")
        .param("team", team)
        .query((rs, row) -> new Thresholds.Promise(Timestamps.instant(rs, "created_at"),
            rs.getInt("anonymity_threshold")))
        .list());
  }

  /** Every response to the team's campaigns, in the order they were stored. */
  public List<Response> responses(String team) {
    Map<Long, ResponseRows> byId = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT r.id, r.customer, r.answered_at, c.anonymity_threshold, r.language, q.type, a.answer_value,
                   a.answer_text
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
  public Map<String, Integer> invitations(String team) {
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
  public List<Cadence> cadences() {
    return jdbc.sql("""
            SELECT c.team, cc.customer, c.cadence_days FROM campaigns c
            JOIN campaign_customers cc ON cc.campaign_id = c.id WHERE c.kind = 'customers'""")
        .query((rs, row) -> new Cadence(rs.getString("team"), rs.getString("customer"), rs.getInt("cadence_days")))
        .list();
  }

  /** Every response to any team's customer campaigns, in the order they were stored. */
  public List<Listened> listened() {
    return jdbc.sql("""
            SELECT c.team, r.customer, r.answered_at, c.anonymity_threshold FROM responses r
            JOIN campaigns c ON c.id = r.campaign_id WHERE c.kind = 'customers' ORDER BY r.id""")
        .query((rs, row) -> new Listened(rs.getString("team"), rs.getString("customer"),
            Timestamps.instant(rs, "answered_at"), rs.getInt("anonymity_threshold")))
        .list();
  }

  /** The conversations held since that instant, each a listening of its link at its exact time. */
  public List<ListeningEvent> conversations(Instant since) {
    return jdbc.sql("SELECT team, customer, held_at FROM conversations WHERE held_at >= :since")
        .param("since", Timestamps.param(since))
        .query((rs, row) -> new ListeningEvent(rs.getString("team"), rs.getString("customer"),
            Timestamps.instant(rs, "held_at")))
        .list();
  }

  /** The rows of one response, one per answer, folded as they come. */
  private static final class ResponseRows {

    private final String customer;
    private final Instant at;
    private final int threshold;
    private final String language;
    private Integer nps;
    private Integer csat;
    private final List<String> texts = new ArrayList<>();

    private ResponseRows(String customer, Instant at, int threshold, String language) {
      this.customer = customer;
      this.at = at;
      this.threshold = threshold;
      this.language = language;
    }

    static ResponseRows of(ResultSet rs) {
      try {
        return new ResponseRows(rs.getString("customer"), Timestamps.instant(rs, "answered_at"),
            rs.getInt("anonymity_threshold"), rs.getString("language"));
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
      return new Response(customer, at, threshold, language, nps, csat, List.copyOf(texts));
    }
  }
}
