package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.centricity.CentricityScorer;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.server.listening.Answer;
import org.maillon.server.listening.IssuedInvitation;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewCampaign;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.listening.NewResponse;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.PageText;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The index over HTTP on the demo model, at a clock years ahead of the other tests so that their
 * listening and cards are out of every period and stale: {@code finance} listened to by a campaign
 * whose five answers are worked out by hand, {@code rh} by three answers (waiting for a batch of
 * five: published nowhere, not even as listening), {@code
 * innovation} with no customer at all. Campaigns and responses go through the listening module's API.
 */
@ApiTest
class CentricityApiIntegrationTests {

  static final Instant NOW = Instant.parse("2031-02-20T12:00:00Z");
  static final Instant AT = Instant.parse("2031-01-10T09:00:00Z");
  private static boolean listened;

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired ListeningService listening;
  @Autowired MutableClock clock;
  Api admin;

  @BeforeEach
  void theDemoModelListenedTo() {
    ExampleModels.smeIsCurrent(organizations, current);
    clock.set(NOW);
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    synchronized (CentricityApiIntegrationTests.class) {
      if (!listened) {
        answer("finance", "ventes-pro", 2, 2, 2, 3, 3);
        answer("rh", "ventes-magasins", 5, 5, 4);
        listened = true;
      }
    }
  }

  private void answer(String team, String customer, int... csat) {
    long campaign = listening.createCampaign(new NewCampaign(team, List.of(customer), null, 90, 5), "tests", AT)
        .id();
    List<IssuedInvitation> invitations = listening.invite(campaign, NewInvitations.count(customer, csat.length + 1),
        AT);
    for (int i = 0; i < csat.length; i++) {
      listening.respond(invitations.get(i).token(),
          new NewResponse(List.of(Answer.score(0, 8), Answer.score(1, csat[i]))), Locale.ENGLISH, AT);
    }
  }

  /**
   * finance: 2 hops (cap 6) → 0.8; 1 of 2 links listened to on time → 0.5; CSAT (2+2+2+3+3)/5 = 2.4
   * → 0.35; 0 of 2 cards fresh → 0; requirements: its one expectation covered, but of its 2 links
   * one waits for its customer's confirmation and one states nothing: 1 − (0 + 1 + 1) / (1 + 2) =
   * 1/3; 1 procedure for 10 members = 10 per 100 → 0.5. Weights 15, 20, 25, 15, 15, 10 add to 100:
   * 12 + 10 + 8.75 + 0 + 5 + 5 = 40.75.
   */
  @Test
  void aTeamScoresAsWorkedOutByHand() {
    JsonNode finance = admin.get("/api/teams/finance/centricity").json();

    assertThat(finance.get("index").asDouble()).isCloseTo(40.75, within(1e-9));
    assertThat(finance.get("leftOut")).isEmpty();
    assertThat(value(finance, "distance")).isCloseTo(0.8, within(1e-12));
    assertThat(value(finance, "listening")).isEqualTo(0.5);
    assertThat(value(finance, "satisfaction")).isCloseTo(0.35, within(1e-12));
    assertThat(value(finance, "freshness")).isEqualTo(0.0);
    assertThat(value(finance, "requirements")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(value(finance, "procedures")).isEqualTo(0.5);
    JsonNode distance = component(finance, "distance");
    assertThat(distance.get("figures").get("hops").asInt()).isEqualTo(2);
    assertThat(distance.get("computation").asString()).isEqualTo("max(0, (6 − 2) / (6 − 1)) = 0.8");
    assertThat(distance.get("points").asDouble()).isCloseTo(12, within(1e-9));
    assertThat(component(finance, "satisfaction").get("lost").asDouble()).isCloseTo(16.25, within(1e-9));

    // Gains: CSAT raised to 5 → 25 × 0.65; the overdue link → 20 × 0.5; one card → 15 × 0.5; the
    // internal control removed → 10 × (1 − 0.5); the empty link stated, or the pending one agreed,
    // → 15 × (2/3 − 1/3): 5 each.
    JsonNode gains = finance.get("gains");
    assertThat(codes(gains).subList(0, 3)).containsExactly("LOW_SATISFACTION", "LISTENING_OVERDUE", "STALE_CARD");
    assertThat(codes(gains).subList(3, 6)).containsExactlyInAnyOrder("INTERNAL_CONTROL", "EMPTY_LINK", "PENDING_LINK");
    for (int i = 3; i < 6; i++) {
      assertThat(gains.get(i).get("gain").asDouble()).isCloseTo(5, within(1e-9));
    }
    assertThat(gains.get(0).get("subject").asString()).isEqualTo("finance->ventes-pro");
    assertThat(gains.get(0).get("gain").asDouble()).isCloseTo(16.25, within(1e-9));
    assertThat(gains.get(1).get("subject").asString()).isEqualTo("finance->direction-generale");
    assertThat(gains.get(1).get("gain").asDouble()).isCloseTo(10, within(1e-9));
    assertThat(gains.get(2).get("gain").asDouble()).isCloseTo(7.5, within(1e-9));
  }

  @Test
  void aCommitmentTheCustomerDoesNotFeelIsFlagged() {
    JsonNode links = admin.get("/api/teams/finance/centricity").json().get("links");

    assertThat(links).hasSize(2);
    JsonNode directionGenerale = links.get(0);
    assertThat(directionGenerale.get("customer").asString()).isEqualTo("direction-generale");
    assertThat(directionGenerale.get("verdict").asString()).isEqualTo("no-voice");
    JsonNode ventesPro = links.get(1);
    assertThat(ventesPro.get("commitments").asInt()).isEqualTo(1);
    assertThat(ventesPro.get("csat").asDouble()).isCloseTo(2.4, within(1e-9));
    assertThat(ventesPro.get("verdict").asString()).isEqualTo("committed-but-dissatisfied");
    assertThat(ventesPro.get("flagged").asBoolean()).isTrue();
  }

  @Test
  void aHiddenGroupLeavesSatisfactionOutAndGivesNoVerdict() {
    JsonNode rh = admin.get("/api/teams/rh/centricity").json();

    assertThat(rh.get("leftOut").toString()).contains("satisfaction");
    JsonNode satisfaction = component(rh, "satisfaction");
    assertThat(satisfaction.get("value").isNull()).isTrue();
    assertThat(satisfaction.get("share").asDouble()).isEqualTo(0.0);
    assertThat(satisfaction.get("figures").get("hidden").asBoolean()).isTrue();
    JsonNode ventesMagasins = links(rh, "ventes-magasins");
    assertThat(ventesMagasins.get("hidden").asBoolean()).isTrue();
    assertThat(ventesMagasins.get("csat").isNull()).isTrue();
    assertThat(ventesMagasins.get("verdict").asString()).isEqualTo("no-voice");
    assertThat(rh.toString()).doesNotContain("4.666");
    // The others share its weight: 75 in all, and the parts' points add up to the index.
    double points = 0;
    for (JsonNode c : rh.get("components")) {
      points += c.get("points").asDouble();
    }
    assertThat(points).isCloseTo(rh.get("index").asDouble(), within(1e-9));
  }

  /** innovation: no link, so no path (distance 0) and nothing else but procedures (none: 1): 100 × 10 / 25 = 40. */
  @Test
  void aTeamWithoutCustomersKeepsOnlyWhatItHas() {
    JsonNode innovation = admin.get("/api/teams/innovation/centricity").json();

    assertThat(innovation.get("index").asDouble()).isCloseTo(40, within(1e-9));
    assertThat(innovation.get("leftOut").toString())
        .isEqualTo("[\"listening\",\"satisfaction\",\"freshness\",\"requirements\"]");
    assertThat(component(innovation, "distance").get("share").asDouble()).isCloseTo(0.6, within(1e-12));
    // Connected at the farthest hop that still counts (5 → 0.2): 100 × 0.6 × 0.2.
    assertThat(codes(innovation.get("gains"))).containsExactly("DISCONNECTED_TEAM");
    assertThat(innovation.get("gains").get(0).get("gain").asDouble()).isCloseTo(12, within(1e-9));
  }

  @Test
  void theOrganizationRanksEveryTeamLowestFirst() {
    JsonNode organisation = admin.get("/api/centricity").json();

    Diagnosis diagnosis = current.diagnosis();
    JsonNode teams = organisation.get("teams");
    assertThat(teams).hasSize(diagnosis.teamCount());
    double previous = -1;
    for (JsonNode team : teams) {
      assertThat(team.get("index").asDouble()).isBetween(previous, 100.0);
      previous = team.get("index").asDouble();
    }
    for (JsonNode team : teams) {
      if (team.get("team").asString().equals("finance")) {
        assertThat(team.get("index").asDouble()).isCloseTo(40.75, within(1e-9));
      }
    }
    HierarchyFigures hierarchy = diagnosis.hierarchy();
    assertThat(value(organisation, "levels")).isCloseTo(
        Math.max(0, 1 - (double) hierarchy.excessLevels() / hierarchy.levelsBetweenTopAndBase()), within(1e-12));
    assertThat(organisation.get("index").asDouble()).isBetween(0.0, 100.0);
    double points = 0;
    for (JsonNode c : organisation.get("components")) {
      points += c.get("points").asDouble();
    }
    assertThat(points).isCloseTo(organisation.get("index").asDouble(), within(1e-9));
    assertThat(organisation.get("gains").size()).isLessThanOrEqualTo(CentricityScorer.ORGANIZATION_GAINS);
  }

  @Test
  void theEvolutionGoesByVersionAndByQuarter() {
    JsonNode history = admin.get("/api/centricity/history").json();

    JsonNode versions = history.get("versions");
    assertThat(versions.size()).isBetween(1, 10);
    assertThat(versions.get(versions.size() - 1).get("version").asLong())
        .isEqualTo(current.get().orElseThrow().version().id());
    JsonNode quarters = history.get("quarters");
    assertThat(quarters.get(quarters.size() - 1).get("period").asString()).isEqualTo("2031-Q1");
    JsonNode q1 = quarters.get(quarters.size() - 1);
    // Published in 2031-Q1: finance's five answers only (rh's three wait for their batch): (2.4 − 1) / 4.
    assertThat(q1.get("satisfaction").asDouble()).isCloseTo(0.35, within(1e-9));
    int links = 0;
    for (var team : current.diagnosis().model().links()) {
      links += current.diagnosis().team(team.from()).isPresent() ? 1 : 0;
    }
    assertThat(q1.get("listening").asDouble()).as("finance -> ventes-pro only").isCloseTo(1.0 / links, within(1e-9));
  }

  @Test
  void anUnknownTeamIsNotFound() {
    Reply reply = admin.get("/api/teams/nobody/centricity");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(Api.on(port).get("/api/centricity").status()).isEqualTo(401);
  }

  @Test
  void thePagesShowTheBreakdownInBothLanguages() {
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);

    Reply team = browser.get("/teams/finance/centricity?lang=fr", "text/html");
    assertThat(team.status()).isEqualTo(200);
    assertThat(team.body()).contains("Indice d’orientation client").contains("data-verdict=\"committed-but-dissatisfied\"")
        .contains("Comment est-ce calculé ?").contains("80\u00a0%").contains(">41<").doesNotContain("max(0,")
        .doesNotContain("40,8");
    Reply organisation = browser.get("/centricity?lang=en", "text/html");
    assertThat(organisation.status()).isEqualTo(200);
    assertThat(organisation.body()).contains("id=\"ranking\"").contains("data-team=\"finance\"")
        .doesNotContain("2031-Q1").doesNotContain("data-chart=\"centricity-quarters\"")
        .contains("One quarter with listening so far (Q1 2031): index 21");
    assertThat(browser.get("/teams/nobody/centricity", "text/html").status()).isEqualTo(404);
  }

  @Test
  void theGainsNameWhatTheyConcernAndLinkTheTeams() {
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    for (String lang : List.of("en", "fr")) {
      String gains = gainsOf(browser.get("/teams/finance/centricity?lang=" + lang, "text/html").body());
      assertThat(PageText.visible(gains)).as(lang).doesNotContain("->").doesNotContainPattern(PageText.CODE)
          .contains("Ventes aux professionnels").contains("Notes de frais").doesNotContain("Finance et contrôle de gestion");
      assertThat(gains).contains("href=\"/teams/ventes-pro\"").contains("href=\"/bureaucracy?team=finance\"")
          .contains("href=\"/listening/campaigns?team=finance\"").contains("href=\"/teams/finance/voice\"");
      assertThat(PageText.visible(gainsOf(browser.get("/centricity?lang=" + lang, "text/html").body()))).as(lang)
          .doesNotContain("->").doesNotContainPattern(PageText.CODE).doesNotContain("#");
    }
  }

  /** The list of gains of a centricity page. */
  private static String gainsOf(String page) {
    int start = page.indexOf('>', page.indexOf("id=\"fixes\"")) + 1;
    return page.substring(start, page.indexOf("</ol>", start));
  }

  private static JsonNode component(JsonNode index, String key) {
    for (JsonNode c : index.get("components")) {
      if (c.get("component").asString().equals(key)) {
        return c;
      }
    }
    throw new AssertionError("No component " + key);
  }

  private static double value(JsonNode index, String key) {
    return component(index, key).get("value").asDouble();
  }

  private static JsonNode links(JsonNode index, String customer) {
    for (JsonNode l : index.get("links")) {
      if (l.get("customer").asString().equals(customer)) {
        return l;
      }
    }
    throw new AssertionError("No link to " + customer);
  }

  private static List<String> codes(JsonNode gains) {
    List<String> codes = new ArrayList<>();
    gains.forEach(g -> codes.add(g.get("code").asString()));
    return codes;
  }
}
