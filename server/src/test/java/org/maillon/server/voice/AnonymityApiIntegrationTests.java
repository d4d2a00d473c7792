package org.maillon.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The anonymity cases of docs/voice.md, replayed through the API as a member and a manager would:
 * campaigns created by a manager, answered through their links at the clock's time, read by a member. Each
 * test listens on its own team of the demo SME, so that the figures are exactly its answers.
 */
@ApiTest
class AnonymityApiIntegrationTests {

  static final Instant Q1 = Instant.parse("2026-02-10T09:15:42.123456Z");
  static final Instant Q2 = Instant.parse("2026-05-12T14:03:07.654321Z");
  static final MediaType JSON = MediaType.APPLICATION_JSON;
  private static final AtomicInteger USERS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired MutableClock clock;
  Api anonymous;
  Api manager;
  Api member;

  @BeforeEach
  void theDemoModelAManagerAndAMember() {
    ExampleModels.smeIsCurrent(organizations, current);
    anonymous = Api.on(port);
    Api admin = anonymous.as("admin", ApiTest.ADMIN_PASSWORD);
    String suffix = "-" + USERS.incrementAndGet();
    admin.post("/api/users", JSON, Map.of("username", "anon-manager" + suffix, "password", "anon-secret-password", "role",
        "manager"));
    admin.post("/api/users", JSON, Map.of("username", "anon-member" + suffix, "password", "anon-secret-password", "role",
        "member"));
    manager = anonymous.as("anon-manager" + suffix, "anon-secret-password");
    member = anonymous.as("anon-member" + suffix, "anon-secret-password");
  }

  /**
   * The case (logistique minus pose-sav gave ventes-magasins' Q1 away), on bureau-etudes,
   * which no other test listens on: ventes-pro plays pose-sav.
   */
  @Test
  void theTeamsTrendMinusOneCustomersTrendRevealsNoSmallGroup() {
    clock.set(Q1);
    long campaign = campaign("bureau-etudes", 5, "ventes-pro", "ventes-magasins");
    List<String> pros = invite(campaign, "ventes-pro", 12);
    List<String> magasins = invite(campaign, "ventes-magasins", 8);
    // The hidden cell: ventes-magasins in Q1, two detractors, CSAT (3 + 4) / 2 = 3.5.
    for (int i = 0; i < 6; i++) {
      answer(pros.get(i), 9, 4, "Pros Q1 " + i);
    }
    answer(magasins.get(0), 3, 3, "Magasins Q1 a");
    answer(magasins.get(1), 2, 4, "Magasins Q1 b");
    clock.set(Q2);
    for (int i = 6; i < 12; i++) {
      answer(pros.get(i), 8, 5, "Pros Q2 " + i);
    }
    for (int i = 2; i < 8; i++) {
      answer(magasins.get(i), 10, 5, "Magasins Q2 " + i);
    }

    Map<String, JsonNode> team = trend(member.get("/api/teams/bureau-etudes/voice").json());
    Map<String, JsonNode> minus = trend(member.get("/api/teams/bureau-etudes/voice?customer=ventes-pro").json());
    Map<String, JsonNode> other = trend(member.get("/api/teams/bureau-etudes/voice?customer=ventes-magasins")
        .json());

    for (String quarter : team.keySet()) {
      long[] difference = subtract(figures(team.get(quarter)), figures(minus.get(quarter)));
      assertThat(difference).as("%s of the team minus ventes-pro: only what ventes-magasins publishes", quarter)
          .containsExactly(figures(other.get(quarter)));
      assertThat(difference[0]).as("responses isolated in %s", quarter).satisfiesAnyOf(
          n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
    }
    // ventes-magasins' first batch holds its 2 Q1 answers and 3 of Q2, published in Q2: Q1 of the
    // team is exactly ventes-pro's first batch, and nothing isolates the two detractors.
    assertThat(team.get("2026-Q1").get("responses").asInt()).isEqualTo(5);
    assertThat(figures(team.get("2026-Q1"))).containsExactly(figures(minus.get("2026-Q1")));
    assertThat(other).containsOnlyKeys("2026-Q2");
    assertThat(other.get("2026-Q2").get("responses").asInt()).isEqualTo(5);
    assertThat(other.get("2026-Q2").get("nps").get("detractors").asInt()).isEqualTo(2);
  }

  @Test
  void oneInvitationAnsweredMovesNothingAMemberSeesUntilItsBatchIsComplete() {
    clock.set(Q1);
    long campaign = campaign("informatique", 5, "logistique");
    for (String token : invite(campaign, "logistique", 5)) {
      answer(token, 8, 4, "Bon support " + token.substring(0, 6));
    }
    clock.set(Q2);
    String watched = invite(campaign, "logistique", 1).get(0);
    Map<String, String> before = everythingShown(campaign);

    answer(watched, 0, 1, "Watched answer: the printer never works");

    assertThat(everythingShown(campaign)).as("one answer, nothing moves").isEqualTo(before);
    JsonNode voice = member.get("/api/teams/informatique/voice").json();
    assertThat(voice.get("responses").asInt()).isEqualTo(5);
    assertThat(voice.toString()).doesNotContain("printer");

    for (String token : invite(campaign, "logistique", 4)) {
      answer(token, 9, 5, "Rapide " + token.substring(0, 6));
    }

    JsonNode after = member.get("/api/teams/informatique/voice").json();
    assertThat(after.get("responses").asInt()).as("moved by a whole batch").isEqualTo(10);
    assertThat(after.get("verbatims")).hasSize(10);
    assertThat(after.toString()).contains("printer");
    assertThat(member.get("/api/campaigns/" + campaign).json().get("invitations").get("answered").asInt())
        .isEqualTo(10);
    assertThat(member.get("/api/teams/informatique/listening").json().get("overdue").toString())
        .doesNotContain("\"logistique\"");
  }

  @Test
  void aThresholdBelowThreeIsRefusedOnCampaignsAndPulses() {
    for (int threshold : new int[] {1, 2}) {
      Reply campaign = manager.post("/api/campaigns?lang=en", JSON, Map.of("team", "direction-generale",
          "customers", List.of("grands-comptes"), "anonymityThreshold", threshold));
      assertThat(campaign.status()).isEqualTo(422);
      assertThat(campaign.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(campaign.json().get("errors").toString()).contains("\"field\":\"anonymityThreshold\"")
          .contains("\"code\":\"thresholdTooLow\"").contains("at least 3");
      Reply pulse = manager.post("/api/pulses?lang=fr", JSON, Map.of("team", "direction-generale",
          "anonymityThreshold", threshold));
      assertThat(pulse.status()).isEqualTo(422);
      assertThat(pulse.json().get("errors").toString()).contains("\"field\":\"anonymityThreshold\"")
          .contains("au moins 3");
    }
    assertThat(member.get("/api/campaigns?team=direction-generale").json()).isEmpty();
  }

  @Test
  void themesTieNoVerbatimToAScoreClassOfFewerAnswersThanTheThreshold() {
    clock.set(Q2);
    long campaign = campaign("usine-assemblage", 5, "qualite");
    List<String> tokens = invite(campaign, "qualite", 10);
    answer(tokens.get(0), 2, 1, "Délais de paie trop longs");
    answer(tokens.get(1), 3, 2, "Les délais ne sont jamais tenus");
    for (int i = 2; i < 5; i++) {
      answer(tokens.get(i), 10, 5, "Équipe réactive et présente " + i);
    }

    JsonNode themes = member.get("/api/teams/usine-assemblage/voice").json().get("themes");

    assertThat(themes.get("recurring").toString()).contains("délais").doesNotContain("detractors", "promoters");
    assertThat(themes.get("detractorThemes")).as("2 detractors, fewer than 5").isEmpty();
    assertThat(themes.get("promoterThemes")).as("3 promoters, fewer than 5").isEmpty();
    String page = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/teams/usine-assemblage/voice?lang=en", "text/html")
        .body();
    assertThat(page).doesNotContain("from detractors").doesNotContain("Themes that go with detractors");

    for (int i = 5; i < 10; i++) {
      answer(tokens.get(i), 1, 1, "Délais de réponse interminables " + i);
    }

    JsonNode more = member.get("/api/teams/usine-assemblage/voice").json().get("themes");
    assertThat(more.get("detractorThemes").toString()).as("7 detractors, 7 of them on délais").contains("délais");
  }

  /** Every figure of the team a member may read, by request: results, export, counters, listening, index. */
  private Map<String, String> everythingShown(long campaign) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (String path : List.of("/api/teams/informatique/voice", "/api/teams/informatique/voice?customer=logistique",
        "/api/teams/informatique/voice.csv", "/api/campaigns/" + campaign, "/api/campaigns?team=informatique",
        "/api/teams/informatique/listening", "/api/listening/overdue", "/api/teams/informatique/centricity",
        "/api/centricity", "/api/centricity/history")) {
      Reply reply = member.get(path);
      assertThat(reply.status()).as(path).isEqualTo(200);
      shown.put(path, reply.body());
    }
    return shown;
  }

  private long campaign(String team, int threshold, String... customers) {
    Reply created = manager.post("/api/campaigns", JSON, Map.of("team", team, "customers", List.of(customers),
        "anonymityThreshold", threshold));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private List<String> invite(long campaign, String customer, int count) {
    List<String> tokens = new ArrayList<>();
    manager.post("/api/campaigns/" + campaign + "/invitations", JSON, Map.of("customer", customer, "count", count))
        .json().get("invitations").forEach(invitation -> tokens.add(invitation.get("token").asString()));
    return tokens;
  }

  private void answer(String token, int nps, int csat, String text) {
    assertThat(anonymous.post("/api/responses/" + token, JSON, Map.of("answers", List.of(
        Map.of("question", 0, "value", nps), Map.of("question", 1, "value", csat),
        Map.of("question", 2, "text", text)))).status()).isEqualTo(201);
  }

  private static Map<String, JsonNode> trend(JsonNode voice) {
    Map<String, JsonNode> quarters = new LinkedHashMap<>();
    voice.get("trend").forEach(period -> quarters.put(period.get("period").asString(), period));
    return quarters;
  }

  /** A quarter's sums: responses, promoters, passives, detractors, CSAT answers and their sum ×1000. */
  private static long[] figures(JsonNode period) {
    if (period == null) {
      return new long[6];
    }
    JsonNode nps = period.get("nps");
    JsonNode csat = period.get("csat");
    double mean = csat.get("mean").isNull() ? 0 : csat.get("mean").asDouble();
    return new long[] {period.get("responses").asLong(), nps.get("promoters").asLong(), nps.get("passives").asLong(),
        nps.get("detractors").asLong(), csat.get("responses").asLong(), Math.round(mean * csat.get("responses")
        .asLong() * 1000)};
  }

  private static long[] subtract(long[] a, long[] b) {
    long[] difference = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      difference[i] = a[i] - b[i];
    }
    return difference;
  }
}
