package org.maillon.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The voice of the customer, end to end through the API only: a campaign answered through its own
 * invitations gives the hand-computed NPS, interval and CSAT; a token answers once; and answers
 * waiting for their batch leak neither score nor verbatim through the API, the CSV or the page. The
 * team's own bureaucracy pulse counts neither in its voice nor in its threshold. It listens on
 * {@code service-client}, which no other test of the shared database listens on.
 */
@ApiTest
class VoiceAcceptanceIntegrationTests {

  static final String TEAM = "service-client";
  static final String SECRET = "Seul ce client ecrit ce mot: zanzibar";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  Api admin;
  Api anonymous;

  @BeforeEach
  void theDemoModel() {
    ExampleModels.smeIsCurrent(organizations, current);
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    anonymous = Api.on(port);
  }

  @Test
  void answersThroughInvitationsGiveTheHandComputedFiguresAndHideTheGroupBelowTheThreshold() {
    long pulse = admin.post("/api/pulses", MediaType.APPLICATION_JSON, Map.of("team", TEAM, "anonymityThreshold", 20))
        .json().get("id").asLong();
    String colleague = admin.post("/api/campaigns/" + pulse + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("count", 1)).json().get("invitations").get(0).get("token").asString();
    assertThat(anonymous.post("/api/responses/" + colleague, MediaType.APPLICATION_JSON, Map.of("answers", List.of(
        Map.of("question", 0, "value", 6), Map.of("question", 1, "value", 40), Map.of("question", 2, "value", 2))))
        .status()).as("a colleague's pulse answer, which is not the customers' voice").isEqualTo(201);

    long campaign = admin.post("/api/campaigns", MediaType.APPLICATION_JSON, Map.of("team", TEAM,
        "customers", List.of("pose-sav", "ventes-en-ligne"),
        "questions", List.of(Map.of("type", "nps"), Map.of("type", "csat"), Map.of("type", "text")),
        "cadenceDays", 90, "anonymityThreshold", 6)).json().get("id").asLong();
    List<String> tokens = invite(campaign, "pose-sav", 6);
    int[][] answers = {{10, 5}, {9, 4}, {9, 4}, {7, 3}, {8, 4}, {3, 2}};
    for (int i = 0; i < answers.length; i++) {
      assertThat(answer(tokens.get(i), answers[i][0], answers[i][1], "Bon suivi " + i).status()).isEqualTo(201);
    }

    assertThat(answer(tokens.get(0), 0, 1, "Twice").status()).isEqualTo(409);

    // P = 3 (10, 9, 9), passives 2 (7, 8), D = 1 (3), n = 6: NPS = 100 (3 - 1) / 6 = 33.33.
    // Adjusted Wald: n' = 9, p' = 3.75 / 9, d' = 1.75 / 9, nps' = 2 / 9 = 0.2222,
    // se = sqrt((p' + d' - nps'^2) / n') = sqrt((0.6111 - 0.0494) / 9) = 0.2498,
    // low = 100 (0.2222 - 1.96 x 0.2498) = -26.74, high = 100 (0.2222 + 1.96 x 0.2498) = 71.19.
    // CSAT = (5 + 4 + 4 + 3 + 4 + 2) / 6 = 3.667; 6 answers of 6 invitations: a response rate of 1.
    JsonNode voice = admin.get("/api/teams/" + TEAM + "/voice?customer=pose-sav").json();
    assertThat(voice.get("hidden").asBoolean()).isFalse();
    JsonNode nps = voice.get("nps");
    assertThat(nps.get("responses").asInt()).isEqualTo(6);
    assertThat(nps.get("promoters").asInt()).isEqualTo(3);
    assertThat(nps.get("passives").asInt()).isEqualTo(2);
    assertThat(nps.get("detractors").asInt()).isEqualTo(1);
    assertThat(nps.get("score").asDouble()).isCloseTo(33.3333, offset(0.001));
    assertThat(nps.get("low").asDouble()).isCloseTo(-26.7442, offset(0.001));
    assertThat(nps.get("high").asDouble()).isCloseTo(71.1886, offset(0.001));
    assertThat(voice.get("csat").get("mean").asDouble()).isCloseTo(3.6667, offset(0.001));
    assertThat(voice.get("responseRate").asDouble()).isEqualTo(1.0);

    List<String> few = invite(campaign, "ventes-en-ligne", 4);
    for (String token : few) {
      assertThat(answer(token, 0, 1, SECRET).status()).isEqualTo(201);
    }

    JsonNode hidden = admin.get("/api/teams/" + TEAM + "/voice?customer=ventes-en-ligne").json();
    assertThat(hidden.get("hidden").asBoolean()).isTrue();
    assertThat(hidden.get("nps").get("score").isNull()).isTrue();
    assertThat(hidden.get("responses").asInt()).as("four answers wait for a batch of six").isZero();
    assertThat(hidden.get("csat").get("mean").isNull()).isTrue();
    String everywhere = admin.get("/api/teams/" + TEAM + "/voice").body()
        + admin.get("/api/teams/" + TEAM + "/voice?customer=ventes-en-ligne").body()
        + admin.get("/api/teams/" + TEAM + "/voice?customer=pose-sav").body()
        + admin.get("/api/teams/" + TEAM + "/voice.csv").body()
        + Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/teams/" + TEAM + "/voice", "text/html").body();
    assertThat(everywhere).doesNotContain("zanzibar");
    JsonNode team = admin.get("/api/teams/" + TEAM + "/voice").json();
    assertThat(team.get("responses").asInt()).as("the total minus pose-sav reveals nothing").isEqualTo(6);
    assertThat(team.get("nps")).isEqualTo(voice.get("nps"));
  }

  private List<String> invite(long campaign, String customer, int count) {
    JsonNode invitations = admin.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("customer", customer, "count", count)).json().get("invitations");
    List<String> tokens = new ArrayList<>();
    invitations.forEach(invitation -> tokens.add(invitation.get("token").asString()));
    return tokens;
  }

  private Api.Reply answer(String token, int nps, int csat, String text) {
    return anonymous.post("/api/responses/" + token, MediaType.APPLICATION_JSON, Map.of("answers", List.of(
        Map.of("question", 0, "value", nps), Map.of("question", 1, "value", csat),
        Map.of("question", 2, "text", text))));
  }
}
