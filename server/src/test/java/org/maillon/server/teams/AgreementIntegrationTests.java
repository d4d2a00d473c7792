package org.maillon.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Supplier and customer agreeing on the demo SME, the server's day set to 28 November 2026. Marketing (led by p-0010) serves in-store sales
 * (led by p-0051) on an agreed link; logistics serves installation (led by p-0055) on a link pending
 * since 5 October 2026, and customer service serves it on a link pending since 14 September, both
 * longer than 30 days; marketing's link to online sales was never confirmed.
 * Marketing's requirements: 3 expectations on 4 links, none uncovered, 2 empty, 1 pending (to online
 * sales): 1 − 3 / 7 = 4/7; one more pending, 3/7.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementIntegrationTests {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final String PASSWORD = "a password long enough";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  Api admin;
  Api marketing;
  Api sales;
  Api installation;

  @BeforeAll
  void importTheSmeAndLinkThreeLeads() {
    clock.set(Instant.parse("2026-11-28T10:15:00Z"));
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")).status()).isEqualTo(201);
    marketing = lead("agree-marketing", "p-0010");
    sales = lead("agree-sales", "p-0051");
    installation = lead("agree-installation", "p-0055");
  }

  /** The clock other tests find: the real time, as it starts. */
  @AfterAll
  void clockBackToNow() {
    clock.set(Instant.now());
  }

  @Test
  void aSuppliersChangeTurnsTheLinkPendingAndTheCustomerLeadsConfirmationAgreed() {
    assertThat(status("marketing", "ventes-magasins")).isEqualTo("agreed");
    int agreed = agreements().get("agreedLinks").asInt();
    int pending = agreements().get("pendingLinks").asInt();
    assertThat(requirements("marketing")).isEqualTo(4.0 / 7, org.assertj.core.data.Offset.offset(1e-9));

    Reply edited = marketing.put("/api/teams/marketing/card", MediaType.APPLICATION_JSON, Map.of("commitments", List.of(
        Map.of("to", "ventes-magasins", "text", "Contacts qualifiés transmis chaque matin",
            "answers", List.of("contacts-qualifies")),
        Map.of("to", "ventes-magasins", "text", "Plan promotionnel trimestriel", "answers", List.of("promo-anticipee")),
        Map.of("to", "ventes-en-ligne", "text", "Campagnes de référencement mensuelles",
            "answers", List.of("trafic-qualifie")),
        Map.of("to", "ventes-en-ligne", "text", "Refonte de la charte graphique"))));
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(status("marketing", "ventes-magasins")).isEqualTo("pending");
    assertThat(agreements().get("agreedLinks").asInt()).isEqualTo(agreed - 1);
    assertThat(agreements().get("pendingLinks").asInt()).isEqualTo(pending + 1);
    assertThat(requirements("marketing")).isEqualTo(3.0 / 7, org.assertj.core.data.Offset.offset(1e-9));

    long versions = admin.get("/api/model/versions").json().size();
    assertThat(marketing.post("/api/links/marketing/ventes-magasins/confirmation", MediaType.APPLICATION_JSON, Map.of())
        .status()).as("the supplier's lead does not confirm for the customer").isEqualTo(403);
    assertThat(installation.post("/api/links/marketing/ventes-magasins/confirmation", MediaType.APPLICATION_JSON,
        Map.of()).status()).as("nor another team's lead").isEqualTo(403);
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(versions);

    Reply confirmed = sales.post("/api/links/marketing/ventes-magasins/confirmation", MediaType.APPLICATION_JSON,
        Map.of());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asString()).isEqualTo("agreed");
    JsonNode latest = admin.get("/api/model/versions").json().get(0);
    assertThat(latest.get("id").asLong()).isEqualTo(confirmed.json().get("version").asLong());
    assertThat(latest.get("format").asString()).isEqualTo("confirmation");
    assertThat(latest.get("kind").asString()).isEqualTo("confirmation");
    assertThat(latest.get("importedBy").asString()).isEqualTo("agree-sales");
    long edit = admin.get("/api/model/versions").json().get(1).get("id").asLong();
    JsonNode diff = admin.get("/api/model/versions/" + edit + "/diff/" + latest.get("id").asLong()).json();
    assertThat(diff.at("/links/changed").findValuesAsString("field")).containsExactly("confirmedOn", "confirmedBy");
    JsonNode requirement = requirement("ventes-magasins", "marketing");
    assertThat(requirement.at("/agreement/confirmed/by").asString()).isEqualTo("p-0051");
    assertThat(requirement.at("/agreement/confirmed/on").asString()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(requirement.at("/agreement/changedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(agreements().get("agreedLinks").asInt()).isEqualTo(agreed);
    assertThat(requirements("marketing")).isEqualTo(4.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void confirmingALinkPendingTooLongTakesItsFindingAway() {
    assertThat(longPending()).contains("logistique->pose-sav");

    assertThat(installation.post("/api/links/logistique/pose-sav/confirmation", MediaType.APPLICATION_JSON, Map.of())
        .json().get("status").asString()).isEqualTo("agreed");

    assertThat(longPending()).doesNotContain("logistique->pose-sav");
    assertThat(installation.post("/api/links/rh/pose-sav/confirmation", MediaType.APPLICATION_JSON, Map.of())
        .status()).as("a link that states nothing").isEqualTo(422);
    assertThat(installation.post("/api/links/pose-sav/nobody/confirmation", MediaType.APPLICATION_JSON, Map.of())
        .status()).isEqualTo(404);
    assertThat(installation.post("/api/links/ventes-magasins/particuliers/confirmation", MediaType.APPLICATION_JSON,
        Map.of()).status()).as("a final customer's link: managers and admins only").isEqualTo(403);
  }

  @Test
  void bothLeadsSeeWhatWaitsForThemAndTheCustomersLeadConfirmsOnTheirPage() {
    Api customer = Api.signedIn(port, "agree-installation", PASSWORD);
    Reply place = customer.get("/people/p-0055?lang=fr", "text/html");
    assertThat(place.body()).contains("id=\"to-confirm\"").contains("data-link=\"service-client-&gt;pose-sav\"")
        .contains("Confirmer");

    Reply pressed = customer.postForm("/links/service-client/pose-sav/confirmation",
        Map.of("back", "me", "_csrf", Api.csrfToken(place.body())));
    assertThat(pressed.status()).isEqualTo(302);
    assertThat(pressed.headers().getLocation().getPath()).isEqualTo("/me");
    assertThat(status("service-client", "pose-sav")).isEqualTo("agreed");
    assertThat(customer.get("/teams/pose-sav?lang=en", "text/html").body())
        .contains("data-status=\"agreed\"").contains("waiting for the customer");

    Reply supplier = Api.signedIn(port, "agree-marketing", PASSWORD).get("/people/p-0010?lang=en", "text/html");
    assertThat(supplier.body()).contains("id=\"awaiting\"").contains("data-link=\"marketing-&gt;ventes-en-ligne\"")
        .doesNotContain("id=\"to-confirm\"");
  }

  private Api lead(String username, String person) {
    admin.post("/api/users", MediaType.APPLICATION_JSON,
        Map.of("username", username, "password", PASSWORD, "role", "member", "person", person));
    return Api.on(port).as(username, PASSWORD);
  }

  private String status(String from, String to) {
    return requirement(to, from).at("/agreement/status").asString();
  }

  private JsonNode requirement(String team, String supplier) {
    for (JsonNode requirement : admin.get("/api/teams/" + team).json().get("requirements")) {
      if (requirement.at("/supplier/id").asString().equals(supplier)) {
        return requirement;
      }
    }
    throw new AssertionError(supplier + " does not serve " + team);
  }

  private JsonNode agreements() {
    return admin.get("/api/diagnosis?summary=true").json().at("/valueChain/agreements");
  }

  private List<String> longPending() {
    return admin.get("/api/diagnosis?summary=true").json().get("findings").findParents("code").stream()
        .filter(f -> f.get("code").asString().equals("LONG_PENDING_LINK")).map(f -> f.get("subject").asString())
        .toList();
  }

  private double requirements(String team) {
    for (JsonNode component : admin.get("/api/teams/" + team + "/centricity").json().findParents("component")) {
      if (component.get("component").asString().equalsIgnoreCase("requirements")) {
        return component.get("value").asDouble();
      }
    }
    throw new AssertionError("no requirements component");
  }
}
