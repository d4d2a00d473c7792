package org.maillon.server.listening;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Listening rows written straight into the tables of {@code V3__listening.sql}, as this module
 * stores them but at any instant, so that the results of the modules that read listening (voice,
 * regular listening) are tested on their own. Campaigns ask, in order, an NPS, a CSAT and a text
 * question. Only this module's code names its tables.
 */
public final class ListeningRows {

  private final JdbcClient jdbc;

  public ListeningRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A campaign of the team to these customers, created a year before {@code at}. */
  public long campaign(String team, int cadenceDays, int threshold, Instant at, String... customers) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO campaigns (team, cadence_days, anonymity_threshold, created_at, created_by)
            VALUES (:team, :cadence, :threshold, :at, 'tests')""")
        .param("team", team).param("cadence", cadenceDays).param("threshold", threshold)
        .param("at", utc(at.minusSeconds(365L * 24 * 3600)))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (String customer : customers) {
      jdbc.sql("INSERT INTO campaign_customers (campaign_id, customer) VALUES (:id, :customer)")
          .param("id", id).param("customer", customer).update();
    }
    List<String> types = List.of("nps", "csat", "text");
    for (int position = 0; position < types.size(); position++) {
      jdbc.sql("INSERT INTO campaign_questions (campaign_id, position, type) VALUES (:id, :position, :type)")
          .param("id", id).param("position", position).param("type", types.get(position)).update();
    }
    return id;
  }

  /** Invitations sent to a customer of a campaign. */
  public void invitations(long campaign, String customer, int count, Instant at) {
    for (int i = 0; i < count; i++) {
      jdbc.sql("""
              INSERT INTO invitations (campaign_id, customer, token_hash, created_at)
              VALUES (:campaign, :customer, :hash, :at)""")
          .param("campaign", campaign).param("customer", customer)
          .param("hash", UUID.randomUUID().toString().replace("-", "")).param("at", utc(at)).update();
    }
  }

  /** A response with its NPS, CSAT and text answers; a null answer is not stored. */
  public void response(long campaign, String customer, Instant at, Integer nps, Integer csat, String text) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO responses (campaign_id, customer, answered_at, language)
            VALUES (:campaign, :customer, :at, 'en')""")
        .param("campaign", campaign).param("customer", customer).param("at", utc(at))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    answer(id, 0, nps, null);
    answer(id, 1, csat, null);
    if (text != null) {
      answer(id, 2, null, text);
    }
  }

  /** A logged listening conversation. */
  public void conversation(String team, String customer, Instant at) {
    jdbc.sql("""
            INSERT INTO conversations (team, customer, held_at, participants, logged_by, logged_at)
            VALUES (:team, :customer, :at, 'tests', 'tests', :at)""")
        .param("team", team).param("customer", customer).param("at", utc(at)).update();
  }

  private void answer(long response, int question, Integer value, String text) {
    if (value == null && text == null) {
      return;
    }
    jdbc.sql("""
            INSERT INTO answers (response_id, question, answer_value, answer_text)
            VALUES (:response, :question, :value, :text)""")
        .param("response", response).param("question", question).param("value", value, Types.INTEGER).param("text", text, Types.VARCHAR)
        .update();
  }

  private static SqlParameterValue utc(Instant at) {
    return Timestamps.param(at);
  }
}
