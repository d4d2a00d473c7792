package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.server.listening.ListeningFixture.CUSTOMER;
import static org.maillon.server.listening.ListeningFixture.NOT_A_CUSTOMER;
import static org.maillon.server.listening.ListeningFixture.TEAM;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Logged conversations over HTTP: members for their own team, managers for any, never in the future. */
@ApiTest
class ConversationApiIntegrationTests {

  static final MediaType JSON = MediaType.APPLICATION_JSON;
  /** A team that is not {@value ListeningFixture#TEAM}, with a customer of its own. */
  static final String OTHER_TEAM = "ventes-en-ligne";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  ListeningFixture fixture;

  @BeforeEach
  void importTheSmeAndCreateUsers() {
    fixture = new ListeningFixture(port);
  }

  @Test
  void aMemberLogsAConversationOfTheirTeamDatedNowByDefault() {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    clock.set(now);

    JsonNode logged = fixture.member.post("/api/conversations", JSON, Map.of("team", TEAM, "customer", CUSTOMER,
        "participants", "Anne (magasin de Cholet)", "notes", "Veut un devis plus rapide")).json();

    assertThat(logged.get("heldAt").asString()).isEqualTo(now.toString());
    assertThat(logged.get("loggedBy").asString()).startsWith("listening-member-");
    JsonNode latest = fixture.member.get("/api/conversations?customer=" + CUSTOMER).json();
    assertThat(latest.get(0).get("id").asLong()).isEqualTo(logged.get("id").asLong());
    assertThat(latest.get(0).get("team").asString()).isEqualTo(TEAM);
  }

  @Test
  void membersStayWithinTheirTeamAndManagersLogForAny() {
    Map<String, Object> other = Map.of("team", OTHER_TEAM, "customer", "clients-web", "participants", "Paul");

    assertThat(fixture.member.post("/api/conversations", JSON, other).status()).isEqualTo(403);
    assertThat(fixture.member.get("/api/conversations?team=" + OTHER_TEAM).status()).isEqualTo(403);
    assertThat(fixture.manager.post("/api/conversations", JSON, other).status()).isEqualTo(201);
    assertThat(fixture.manager.get("/api/conversations?team=" + OTHER_TEAM).json().get(0).get("team").asString())
        .isEqualTo(OTHER_TEAM);
    assertThat(fixture.anonymous.get("/api/conversations").status()).isEqualTo(401);
  }

  @Test
  void aFutureDateAndAStrangerAreRejectedTogether() {
    String tomorrow = clock.instant().plus(Duration.ofDays(1)).toString();

    assertThat(CampaignApiIntegrationTests.fields(fixture.manager.post("/api/conversations", JSON,
        Map.of("team", TEAM, "customer", NOT_A_CUSTOMER, "heldAt", tomorrow, "participants", " "))))
        .containsExactly("customer", "heldAt", "participants");
    assertThat(CampaignApiIntegrationTests.fields(fixture.manager.post("/api/conversations", JSON,
        Map.of("customer", CUSTOMER, "participants", "Anne")))).containsExactly("team");
  }
}
