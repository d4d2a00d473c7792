package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.server.listening.ListeningFixture.CUSTOMER;
import static org.maillon.server.listening.ListeningFixture.NOT_A_CUSTOMER;
import static org.maillon.server.listening.ListeningFixture.TEAM;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.system.Tokens;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Campaigns and their invitations over HTTP: defaults, every problem at once, rights, tokens kept as hashes. */
@ApiTest
class CampaignApiIntegrationTests {

  static final MediaType JSON = MediaType.APPLICATION_JSON;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  ListeningFixture fixture;

  @BeforeEach
  void importTheSmeAndCreateUsers() {
    fixture = new ListeningFixture(port);
  }

  @Test
  void aCampaignTakesTheDefaultQuestionsCadenceAndThreshold() {
    Reply reply = fixture.manager.post("/api/campaigns", JSON, Map.of("team", TEAM, "customers", List.of(CUSTOMER)));

    assertThat(reply.status()).isEqualTo(201);
    JsonNode campaign = reply.json();
    assertThat(reply.headers().getLocation()).hasToString("/api/campaigns/" + campaign.get("id").asLong());
    assertThat(campaign.get("team").asString()).isEqualTo(TEAM);
    assertThat(campaign.get("customers").get(0).asString()).isEqualTo(CUSTOMER);
    assertThat(campaign.get("cadenceDays").asInt()).isEqualTo(90);
    assertThat(campaign.get("anonymityThreshold").asInt()).isEqualTo(5);
    assertThat(campaign.get("createdBy").asString()).startsWith("listening-manager-");
    assertThat(campaign.get("createdAt").asString()).isNotBlank();
    List<String> types = new ArrayList<>();
    campaign.get("questions").forEach(q -> types.add(q.get("type").asString()));
    assertThat(types).containsExactly("nps", "csat", "text");
    assertThat(campaign.get("questions").get(0).get("wording").get("en").asString()).contains("recommend");
    assertThat(campaign.get("questions").get(0).get("wording").get("fr").asString()).contains("recommand");
    assertThat(fixture.member.get("/api/campaigns/" + campaign.get("id").asLong()).json().get("team").asString())
        .isEqualTo(TEAM);
  }

  @Test
  void aWordingCadenceAndThresholdMayBeGiven() {
    JsonNode campaign = fixture.manager.post("/api/campaigns", JSON, Map.of("team", TEAM, "customers",
        List.of(CUSTOMER), "questions", List.of(Map.of("type", "csat", "wording", Map.of("en", "Delivery?"))),
        "cadenceDays", 30, "anonymityThreshold", 3)).json();

    assertThat(campaign.get("questions")).hasSize(1);
    assertThat(campaign.get("questions").get(0).get("wording").get("en").asString()).isEqualTo("Delivery?");
    assertThat(campaign.get("questions").get(0).get("wording").get("fr").asString()).contains("satisfait");
    assertThat(campaign.get("cadenceDays").asInt()).isEqualTo(30);
    assertThat(campaign.get("anonymityThreshold").asInt()).isEqualTo(3);
    assertThat(fixture.member.get("/api/campaigns?team=" + TEAM).json().get(0).get("id").asLong())
        .isEqualTo(campaign.get("id").asLong());
  }

  @Test
  void everyProblemIsListedWithItsFieldAndNothingIsCreated() {
    long before = count("campaigns");

    Reply reply = fixture.manager.post("/api/campaigns", JSON, Map.of("team", TEAM,
        "customers", List.of(CUSTOMER, NOT_A_CUSTOMER), "questions", List.of(Map.of("type", "nps"),
            Map.of("type", "likert")), "cadenceDays", 0, "anonymityThreshold", -1));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(fields(reply)).containsExactly("customers[1]", "questions[1].type", "cadenceDays", "anonymityThreshold");
    assertThat(fields(fixture.manager.post("/api/campaigns", JSON, Map.of("team", "nowhere", "customers", List.of()))))
        .containsExactly("team", "customers");
    assertThat(count("campaigns")).isEqualTo(before);
  }

  @Test
  void aCustomerIdLongerThanAnyIdIsAProblemOnItsFieldAndNothingIsStored() {
    long campaigns = count("campaigns");
    long customers = count("campaign_customers");
    String id = "c".repeat(600);

    Reply reply = fixture.manager.post("/api/campaigns?lang=fr", JSON, Map.of("team", TEAM,
        "customers", List.of(CUSTOMER, id)));

    assertThat(fields(reply)).containsExactly("customers[1]");
    JsonNode problem = reply.json().get("errors").get(0);
    assertThat(problem.get("code").asString()).isEqualTo("tooLong");
    assertThat(problem.get("message").asString()).isEqualTo("200 caractères au plus.");
    assertThat(fields(fixture.manager.post("/api/campaigns", JSON, Map.of("team", "t".repeat(600),
        "customers", List.of(CUSTOMER))))).containsExactly("team");
    assertThat(List.of(count("campaigns"), count("campaign_customers"))).containsExactly(campaigns, customers);
  }

  @Test
  void membersReadCampaignsButOnlyManagersCreateThem() {
    assertThat(fixture.member.post("/api/campaigns", JSON, Map.of("team", TEAM, "customers", List.of(CUSTOMER)))
        .status()).isEqualTo(403);
    assertThat(fixture.anonymous.get("/api/campaigns").status()).isEqualTo(401);
    assertThat(fixture.member.get("/api/campaigns").status()).isEqualTo(200);
    assertThat(fixture.member.get("/api/campaigns/999999").status()).isEqualTo(404);
  }

  @Test
  void tokensAreLongRandomDifferentAndOnlyTheirHashIsStored() {
    long campaign = fixture.campaign();

    Reply reply = fixture.manager.post("/api/campaigns/" + campaign + "/invitations", JSON,
        Map.of("customer", CUSTOMER, "count", 6));

    assertThat(reply.status()).isEqualTo(201);
    JsonNode invitations = reply.json().get("invitations");
    assertThat(invitations).hasSize(6);
    List<String> tokens = new ArrayList<>();
    for (JsonNode invitation : invitations) {
      String token = invitation.get("token").asString();
      assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 32 bytes: 256 bits
      assertThat(invitation.get("url").asString()).isEqualTo("http://localhost:" + port + "/r/" + token);
      tokens.add(token);
    }
    assertThat(new HashSet<>(tokens)).hasSize(6);
    List<String> stored = jdbc.sql("SELECT token_hash FROM invitations WHERE campaign_id = ?").param(campaign)
        .query(String.class).list();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(tokens.stream().map(Tokens::hash).toList());
    String everything = jdbc.sql("SELECT * FROM invitations").query().listOfRows().toString();
    tokens.forEach(token -> assertThat(everything).doesNotContain(token));
    JsonNode counts = fixture.member.get("/api/campaigns/" + campaign).json().get("invitations");
    assertThat(counts.get("sent").asInt()).isEqualTo(6);
    assertThat(counts.get("answered").asInt()).isZero();
  }

  @Test
  void invitationsByEmailAndTheirProblems() {
    long campaign = fixture.campaign();
    String path = "/api/campaigns/" + campaign + "/invitations";

    JsonNode byEmail = fixture.manager.post(path, JSON, Map.of("customer", CUSTOMER, "emails",
        List.of("a@x.fr", "b@x.fr"))).json().get("invitations");

    assertThat(byEmail.get(1).get("email").asString()).isEqualTo("b@x.fr");
    assertThat(fields(fixture.manager.post(path, JSON, Map.of("customer", NOT_A_CUSTOMER, "count", 0))))
        .containsExactly("customer", "count");
    assertThat(fields(fixture.manager.post(path, JSON, Map.of("customer", CUSTOMER, "count", 1001))))
        .containsExactly("count");
    assertThat(fields(fixture.manager.post(path, JSON, Map.of("customer", CUSTOMER, "emails", List.of("a@x.fr", "nope")))))
        .containsExactly("emails[1]");
    assertThat(fixture.manager.post("/api/campaigns/999999/invitations", JSON, Map.of("customer", CUSTOMER,
        "count", 1)).status()).isEqualTo(404);
    assertThat(fixture.member.post(path, JSON, Map.of("customer", CUSTOMER, "count", 1)).status()).isEqualTo(403);
    assertThat(fixture.member.get("/api/campaigns/" + campaign).json().get("invitations").get("sent").asInt())
        .isEqualTo(2);
  }

  static List<String> fields(Reply reply) {
    assertThat(reply.status()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(error -> {
      assertThat(error.get("message").asString()).isNotBlank();
      fields.add(error.get("field").asString());
    });
    return fields;
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }
}
