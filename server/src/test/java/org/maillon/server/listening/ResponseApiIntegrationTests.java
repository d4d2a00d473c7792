package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Answers through invitation tokens, without sign-in: once per token, even concurrently, and all or nothing. */
@ApiTest
class ResponseApiIntegrationTests {

  static final MediaType JSON = MediaType.APPLICATION_JSON;
  static final Map<String, Object> ANSWERS = Map.of("answers", List.of(Map.of("question", 0, "value", 9),
      Map.of("question", 1, "value", 4), Map.of("question", 2, "text", "Livraison rapide, merci")));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  ListeningFixture fixture;
  long campaign;

  @BeforeEach
  void createACampaign() {
    fixture = new ListeningFixture(port);
    campaign = fixture.campaign();
  }

  @Test
  void aResponseIsRecordedAnonymouslyInTheRespondentsLanguage() {
    String token = fixture.tokens(campaign, 1).get(0);

    Reply reply = post(token, ANSWERS, "fr");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.body()).isEmpty();
    Map<String, Object> response = jdbc.sql("SELECT * FROM responses WHERE campaign_id = ?").param(campaign)
        .query().singleRow();
    assertThat(response).containsEntry("customer", ListeningFixture.CUSTOMER).containsEntry("language", "fr");
    assertThat(jdbc.sql("SELECT question, answer_value, answer_text FROM answers WHERE response_id = ? ORDER BY question")
        .param(response.get("id")).query().listOfRows().toString())
        .isEqualTo("[{question=0, answer_value=9, answer_text=null}, {question=1, answer_value=4, answer_text=null},"
            + " {question=2, answer_value=null, answer_text=Livraison rapide, merci}]");
    assertThat(fixture.member.get("/api/campaigns/" + campaign).json().get("invitations").get("answered").asInt())
        .as("one answer waits for its batch: the counter does not move").isZero();
  }

  @Test
  void aUsedTokenAnswers409AndRecordsNothing() {
    String token = fixture.tokens(campaign, 1).get(0);
    assertThat(post(token, ANSWERS, "en").status()).isEqualTo(201);
    long before = responses();

    Reply second = post(token, ANSWERS, "en");

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(responses()).isEqualTo(before);
  }

  @Test
  void anUnknownTokenAnswers404() {
    assertThat(post("not-a-token-anyone-was-given", ANSWERS, "en").status()).isEqualTo(404);
  }

  @Test
  void everyProblemIsListedAndNothingRecordedUntilTheAnswersAreRight() {
    String token = fixture.tokens(campaign, 1).get(0);
    long before = responses();
    List<Object> answers = List.of(Map.of("question", 0, "value", 11), Map.of("question", 1, "text", "bien"),
        Map.of("question", 2, "value", 3), Map.of("question", 0, "value", "nine"), Map.of("question", 7, "value", 1),
        Map.of("question", 2, "text", "x".repeat(NewResponse.MAX_TEXT + 1)), "junk");

    Reply reply = post(token, Map.of("answers", answers), "en");

    assertThat(CampaignApiIntegrationTests.fields(reply)).containsExactly("answers[0].value", "answers[1].text",
        "answers[1].value", "answers[2].value", "answers[2].text", "answers[3].question", "answers[3].value",
        "answers[4].question", "answers[5].question", "answers[5].text", "answers[6]");
    assertThat(CampaignApiIntegrationTests.fields(post(token, Map.of("answers", List.of()), "en")))
        .containsExactly("answers");
    assertThat(CampaignApiIntegrationTests.fields(post(token, Map.of(), "en"))).containsExactly("answers");
    assertThat(responses()).isEqualTo(before);
    assertThat(post(token, ANSWERS, "en").status()).isEqualTo(201);
  }

  @Test
  void ofEightConcurrentAnswersWithOneTokenExactlyOneIsRecorded() throws Exception {
    String token = fixture.tokens(campaign, 1).get(0);
    long before = responses();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(() -> post(token, ANSWERS, "en").status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : threads.invokeAll(answers)) {
        statuses.add(status.get());
      }

      assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
      assertThat(responses()).isEqualTo(before + 1);
    } finally {
      threads.shutdownNow();
    }
  }

  private Reply post(String token, Object body, String language) {
    return fixture.anonymous.post("/api/responses/" + token + "?lang=" + language, JSON, body);
  }

  private long responses() {
    return jdbc.sql("SELECT COUNT(*) FROM responses").query(Long.class).single();
  }
}
