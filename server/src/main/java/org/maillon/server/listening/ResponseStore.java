package org.maillon.server.listening;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous responses and their answers. A response names its campaign and customer group, never
 * the invitation it came from.
 */
@Repository
class ResponseStore {

  private final JdbcClient jdbc;

  ResponseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores checked answers to these questions. */
  @Transactional(propagation = Propagation.MANDATORY)
  void add(long campaignId, String customer, Instant at, Locale language, List<Answer> answers,
      List<Question> questions) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO responses (campaign_id, customer, answered_at, language) VALUES (?, ?, ?, ?)")
        .params(campaignId, customer, Timestamps.param(at), language.getLanguage())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (Answer answer : answers) {
      boolean scored = questions.get(answer.question()).type().scored();
      jdbc.sql("INSERT INTO answers (response_id, question, answer_value, answer_text) VALUES (?, ?, ?, ?)")
          .params(id, answer.question(), scored ? answer.score() : null, scored ? null : answer.text().strip())
          .update();
    }
  }
}
