package org.maillon.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.listening.ListeningRows;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A team's results over HTTP, on the demo model, from listening rows written in the tables: the
 * hand-computed figures, and what waits for its batch in the API, the page and the CSV. Each test
 * listens on its own team, so that the figures are exactly its rows.
 */
@ApiTest
class VoiceApiIntegrationTests {

  static final Instant AT = Instant.parse("2026-05-10T09:00:00Z");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  Api admin;
  ListeningRows rows;

  @BeforeEach
  void theDemoModel() {
    ExampleModels.smeIsCurrent(organizations, current);
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    rows = new ListeningRows(jdbc);
  }

  @Test
  void sixKnownResponsesGiveTheHandComputedFigures() {
    long campaign = rows.campaign("juridique", 90, 6, AT, "ventes-pro");
    rows.invitations(campaign, "ventes-pro", 12, AT);
    int[][] answers = {{10, 5}, {9, 4}, {9, 4}, {8, 3}, {7, 5}, {3, 2}};
    for (int[] answer : answers) {
      rows.response(campaign, "ventes-pro", AT, answer[0], answer[1], "Clear contracts " + answer[0]);
    }

    JsonNode voice = admin.get("/api/teams/juridique/voice").json();

    // 3 promoters, 2 passives, 1 detractor: the case worked out by hand in NpsTests.
    JsonNode nps = voice.get("nps");
    assertThat(nps.get("score").asDouble()).isCloseTo(33.333333333, within(1e-6));
    assertThat(nps.get("low").asDouble()).isCloseTo(-26.744158563, within(1e-6));
    assertThat(nps.get("high").asDouble()).isCloseTo(71.188603007, within(1e-6));
    assertThat(List.of(nps.get("promoters").asInt(), nps.get("passives").asInt(), nps.get("detractors").asInt(),
        nps.get("responses").asInt())).containsExactly(3, 2, 1, 6);
    assertThat(voice.get("csat").get("mean").asDouble()).isCloseTo(23.0 / 6, within(1e-9));
    assertThat(voice.get("responseRate").asDouble()).isEqualTo(0.5);
    assertThat(voice.get("hidden").asBoolean()).isFalse();
    assertThat(voice.get("trend").get(0).get("period").asString()).isEqualTo("2026-Q2");
    assertThat(voice.get("trend").get(0).get("nps").get("score").asDouble()).isCloseTo(33.333333333, within(1e-6));
    assertThat(voice.get("verbatims")).hasSize(6);
    assertThat(voice.get("verbatims").get(0).propertyNames()).containsExactlyInAnyOrder("text", "language");
    // juridique also serves grands-comptes, which has not answered: an empty group, hidden, revealing nothing.
    assertThat(hiddenCustomers(voice)).containsExactly("grands-comptes");
  }

  @Test
  void verbatimsAreListedOnceAndMarkedOnlyWhileEveryClassHoldsTheThreshold() {
    long campaign = rows.campaign("qualite", 90, 3, AT, "pose-sav");
    for (int i = 0; i < 3; i++) {
      rows.response(campaign, "pose-sav", AT, 10, 5, "Clear contracts");
      rows.response(campaign, "pose-sav", AT, 2, 2, "Slow answers " + i);
    }

    JsonNode grouped = admin.get("/api/teams/qualite/voice").json().get("grouped");

    assertThat(grouped).hasSize(4);
    assertThat(grouped.get(0).get("text").asString()).isEqualTo("Clear contracts");
    assertThat(grouped.get(0).get("count").asInt()).isEqualTo(3);
    assertThat(grouped.get(0).get("side").asString()).isEqualTo("PROMOTER");
    assertThat(grouped.get(1).get("side").asString()).isEqualTo("DETRACTOR");

    // A batch of three with a single passive: marking now would point at that one answer, so nothing is marked.
    rows.response(campaign, "pose-sav", AT, 7, 4, "Fine");
    rows.response(campaign, "pose-sav", AT, 10, 5, "Clear contracts");
    rows.response(campaign, "pose-sav", AT, 10, 5, "Clear contracts");
    JsonNode after = admin.get("/api/teams/qualite/voice").json().get("grouped");
    assertThat(after.get(0).get("count").asInt()).isEqualTo(5);
    assertThat(after).allMatch(verbatim -> verbatim.get("side").isNull());
  }

  @Test
  void fourResponsesUnderAThresholdOfFiveShowNothingAnywhere() {
    long campaign = rows.campaign("usine-plans-travail", 90, 5, AT, "logistique");
    for (int i = 0; i < 4; i++) {
      rows.response(campaign, "logistique", AT, 10 - i, 5, "Secret remark " + i);
    }

    JsonNode voice = admin.get("/api/teams/usine-plans-travail/voice").json();

    assertThat(voice.get("hidden").asBoolean()).isTrue();
    assertThat(voice.get("responses").asInt()).as("answers waiting for their batch count nowhere").isZero();
    assertThat(voice.get("nps").get("score").isNull()).isTrue();
    assertThat(voice.get("nps").get("responses").asInt()).isZero();
    assertThat(voice.get("csat").get("mean").isNull()).isTrue();
    assertThat(voice.get("verbatims")).isEmpty();
    assertThat(voice.get("trend")).isEmpty();
    assertThat(voice.get("customers").get(0).get("responses").asInt()).isZero();
    assertThat(admin.get("/api/teams/usine-plans-travail/voice?customer=logistique").body()).doesNotContain("Secret");

    Reply csv = admin.get("/api/teams/usine-plans-travail/voice.csv");
    assertThat(csv.type().toString()).startsWith("text/csv");
    assertThat(csv.body()).doesNotContain("Secret").contains("customer,logistique,Logistique et livraison,0,true,,,,0,0,0,0,,0,")
        .contains("total,usine-plans-travail,,0,true,,,,0,0,0,0,,0,");
    assertThat(admin.get("/api/teams/usine-plans-travail/voice?format=csv").body()).isEqualTo(csv.body());

    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    String page = browser.get("/teams/usine-plans-travail/voice?lang=en", "text/html").body();
    assertThat(page).doesNotContain("Secret").contains("Nothing published yet")
        .contains("no batch of 5 answers published yet").contains("id=\"nps\">—<");
  }

  @Test
  void aSmallCustomerGroupCountsNowhereNotEvenInTheTotal() {
    long campaign = rows.campaign("marketing", 90, 5, AT, "ventes-magasins", "ventes-en-ligne", "ventes-pro");
    answer(campaign, "ventes-magasins", 4, "Shops say");
    answer(campaign, "ventes-en-ligne", 6, "Online says");
    answer(campaign, "ventes-pro", 8, "Pros say");

    JsonNode voice = admin.get("/api/teams/marketing/voice").json();

    // One batch of 5 each for online and pros; the shops' 4, online's 6th and the pros' last 3 wait.
    assertThat(voice.get("hidden").asBoolean()).isFalse();
    assertThat(voice.get("responses").asInt()).isEqualTo(10);
    assertThat(hiddenCustomers(voice)).containsExactly("innovation", "ventes-magasins");
    assertThat(voice.get("verbatims").toString()).contains("Pros say", "Online says").doesNotContain("Shops say");
    assertThat(voice.get("verbatims")).hasSize(10);
    JsonNode shops = admin.get("/api/teams/marketing/voice?customer=ventes-magasins").json();
    assertThat(shops.get("hidden").asBoolean()).isTrue();
    assertThat(shops.get("responses").asInt()).isZero();
    assertThat(shops.get("verbatims")).isEmpty();
    assertThat(admin.get("/api/teams/marketing/voice.csv").body()).contains("customer,ventes-magasins,")
        .doesNotContain("Shops say");
    String page = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/teams/marketing/voice?lang=en", "text/html")
        .body();
    assertThat(page).contains("Pros say").doesNotContain("Shops say").contains("no batch of 5 answers published yet");
  }

  @Test
  void aTeamWithoutCampaignsHasNothingToShowUnderTheDefaultThreshold() {
    JsonNode voice = admin.get("/api/teams/audit-interne/voice").json();

    assertThat(voice.get("threshold").asInt()).isEqualTo(5);
    assertThat(voice.get("responses").asInt()).isZero();
    assertThat(voice.get("hidden").asBoolean()).isTrue();
    assertThat(voice.get("responseRate").isNull()).isTrue();
    assertThat(voice.get("trend")).isEmpty();
    assertThat(voice.get("customers").get(0).get("customer").asString()).isEqualTo("cellule-process");
    assertThat(Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/teams/audit-interne/voice", "text/html")
        .status()).isEqualTo(200);
  }

  @Test
  void anUnknownTeamIsNotFound() {
    assertThat(admin.get("/api/teams/nobody/voice").status()).isEqualTo(404);
    assertThat(admin.get("/api/teams/nobody/listening").status()).isEqualTo(404);
    assertThat(admin.get("/api/teams/particuliers/voice").status()).isEqualTo(404);
  }

  private void answer(long campaign, String customer, int count, String text) {
    for (int i = 0; i < count; i++) {
      rows.response(campaign, customer, AT, 9, 4, text + " " + i);
    }
  }

  private static List<String> hiddenCustomers(JsonNode voice) {
    List<String> hidden = new ArrayList<>();
    for (JsonNode customer : voice.get("customers")) {
      if (customer.get("hidden").asBoolean()) {
        hidden.add(customer.get("customer").asString());
      }
    }
    return hidden;
  }
}
