package org.maillon.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * A team's card edited through the API on the demo SME: Élise's account is linked to the lead of
 * the in-store sales team (p-0051), another member's to a seller who leads nothing (p-0058).
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardEditIntegrationTests {

  static final String PASSWORD = CardEditors.PASSWORD;
  static final String TEAM = CardEditors.TEAM;

  @LocalServerPort int port;
  Api admin;
  Api lead;
  Api seller;

  @BeforeAll
  void importTheSmeAndLinkTwoMembers() {
    admin = CardEditors.importTheSmeAndLink(port, "card-lead", "card-seller");
    lead = Api.on(port).as("card-lead", PASSWORD);
    seller = Api.on(port).as("card-seller", PASSWORD);
  }

  @Test
  void theTeamsLeadEditsItsCardAndMakesAVersionAuthoredByThem() {
    Reply saved = lead.put("/api/teams/" + TEAM + "/card", MediaType.APPLICATION_JSON, statement("Un devis en 24 heures"));

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    long version = saved.json().get("version").asLong();
    assertThat(admin.get("/api/model/versions").json().get(0).get("id").asLong()).isEqualTo(version);
    assertThat(admin.get("/api/model/versions").json().get(0).get("importedBy").asString()).isEqualTo("card-lead");
    assertThat(admin.get("/api/model/versions").json().get(0).get("format").asString()).isEqualTo("card");
    assertThat(admin.get("/api/model/versions").json().get(0).get("kind").asString()).isEqualTo("card");
    assertThat(admin.get("/api/model/versions").json().get(0).get("reason").isNull()).isTrue();
    assertThat(lead.get("/api/teams/" + TEAM).json().get("duties").toString()).contains("Un devis en 24 heures");
  }

  @Test
  void anotherTeamsCardAndAMemberWhoLeadsNothingAreRefused() {
    long before = admin.get("/api/model/versions").json().size();
    assertThat(lead.put("/api/teams/logistique/card", MediaType.APPLICATION_JSON,
        Map.of("commitments", List.of(), "expectations", List.of(), "procedures", List.of())).status()).isEqualTo(403);
    assertThat(seller.put("/api/teams/" + TEAM + "/card", MediaType.APPLICATION_JSON, statement("x")).status())
        .isEqualTo(403);
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(before);
  }

  @Test
  void aStatementWithProblemsListsThemAllAndChangesNothing() {
    long before = admin.get("/api/model/versions").json().size();
    Reply rejected = lead.put("/api/teams/" + TEAM + "/card", MediaType.APPLICATION_JSON, Map.of(
        "commitments", List.of(Map.of("to", "nobody", "text", "x"), Map.of("to", "particuliers", "text", "",
            "answers", List.of("no-such-expectation"))),
        "expectations", List.of(Map.of("from", "audit-interne", "id", "x", "text", "y"))));

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.json().get("errors").findValuesAsString("field")).containsExactly(
        "commitments[0].to", "commitments[1].text", "commitments[1].answers[0]", "expectations[0].from");
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(before);
  }

  @Test
  void theReasonGoesWithTheVersionAndATooLongOneIsAProblemAmongTheOthers() {
    Map<String, Object> card = new HashMap<>(statement("Un devis en 48 heures"));
    card.put("reason", "  Les devis tardaient  ");
    assertThat(lead.put("/api/teams/" + TEAM + "/card", MediaType.APPLICATION_JSON, card).status()).isEqualTo(200);
    assertThat(admin.get("/api/model/versions").json().get(0).get("reason").asString()).isEqualTo("Les devis tardaient");

    long before = admin.get("/api/model/versions").json().size();
    Reply rejected = lead.put("/api/teams/" + TEAM + "/card", MediaType.APPLICATION_JSON, Map.of(
        "commitments", List.of(Map.of("to", "nobody", "text", "x")), "reason", "é".repeat(501)));

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.json().get("errors").findValuesAsString("field")).containsExactly("commitments[0].to", "reason");
    assertThat(rejected.json().get("errors").get(1).get("message").asString())
        .isEqualTo("At most 500 characters; this one has 501.");
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(before);
  }

  /** The team's card as it is, plus one commitment toward in-store customers. */
  private Map<String, Object> statement(String extra) {
    return Map.of(
        "commitments", List.of(
            Map.of("to", "particuliers", "text", "Plan 3D remis en fin de rendez-vous", "answers", List.of("plan-3d")),
            Map.of("to", "particuliers", "text", extra, "answers", List.of("prix-ferme")),
            Map.of("to", "finance", "text", "Tableau des ventes", "answers", List.of("reporting-lundi"))),
        "expectations", List.of(
            Map.of("from", "marketing", "id", "contacts-qualifies", "text", "Des contacts qualifiés"),
            Map.of("from", "informatique", "id", "logiciel-3d", "text", "Un logiciel 3D rapide en magasin")),
        "procedures", List.of(Map.of("id", "rapport-ventes-hebdo", "name", "Rapport hebdomadaire des ventes",
            "steps", 3, "approvals", List.of("p-0051"), "serves", List.of("finance"))));
  }
}
