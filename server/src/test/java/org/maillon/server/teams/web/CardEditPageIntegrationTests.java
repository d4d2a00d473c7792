package org.maillon.server.teams.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.teams.CardEditors;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A team's card edited through its page on the demo SME, as a browser posts the form: the lead of
 * the in-store sales team (p-0051) saves it, a seller who leads nothing (p-0058) is refused, and a
 * form with problems comes back with each beside its field.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardEditPageIntegrationTests {

  static final String PASSWORD = CardEditors.PASSWORD;
  static final String EDIT = "/teams/ventes-magasins/card/edit";

  @LocalServerPort int port;
  Api admin;
  Api lead;
  Api seller;

  @BeforeAll
  void importTheSmeAndLinkTwoMembers() {
    admin = CardEditors.importTheSmeAndLink(port, "page-lead", "page-seller");
    lead = Api.signedIn(port, "page-lead", PASSWORD);
    seller = Api.signedIn(port, "page-seller", PASSWORD);
  }

  @Test
  void theLeadFindsTheFormFilledWithTheCardAsItIs() {
    assertThat(lead.get("/teams/ventes-magasins", "text/html").body()).contains("id=\"edit-card\"");
    Reply form = lead.get(EDIT, "text/html");

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Plan 3D remis en fin de rendez-vous", "Rapport hebdomadaire des ventes",
        "name=\"_csrf\"", "Aurélie Martinez", "name=\"procedures[0].leadTimeDays\" value=\"6\"",
        "name=\"procedures[0].workHours\" value=\"1.5\"");
  }

  @Test
  void theLeadSavesThroughThePageAndMakesAVersionAuthoredByThemWithTheirReason() {
    Map<String, String> fields = card("Un devis signé en 24 heures");
    fields.put("reason", "Les clients attendaient trop leurs devis");
    fields.put("procedures[0].leadTimeDays", "2,5");
    fields.put("procedures[0].workHours", "1");
    fields.put("save", "save");

    Reply saved = lead.postForm(EDIT, withCsrf(fields));

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().getLocation().getPath()).isEqualTo("/teams/ventes-magasins");
    var newest = admin.get("/api/model/versions").json().get(0);
    assertThat(newest.get("importedBy").asString()).isEqualTo("page-lead");
    assertThat(newest.get("kind").asString()).isEqualTo("card");
    assertThat(newest.get("reason").asString()).isEqualTo("Les clients attendaient trop leurs devis");
    assertThat(admin.get("/api/teams/ventes-magasins").json().get("duties").toString())
        .contains("Un devis signé en 24 heures");
    assertThat(lead.get("/teams/ventes-magasins", "text/html").body()).contains("id=\"card-saved\"");
    var report = admin.get("/api/model?format=json").json().get("procedures").valueStream()
        .filter(p -> p.get("id").asString().equals("rapport-ventes-hebdo")).findFirst().orElseThrow();
    assertThat(report.get("leadTimeDays").asDouble()).isEqualTo(2.5);
    assertThat(report.get("workHours").asDouble()).isEqualTo(1.0);
  }

  @Test
  void aMemberWhoLeadsNothingIsRefusedTheFormAndItsPost() {
    long before = admin.get("/api/model/versions").json().size();
    assertThat(seller.get("/teams/ventes-magasins", "text/html").body()).doesNotContain("id=\"edit-card\"");
    assertThat(seller.get(EDIT, "text/html").status()).isEqualTo(403);
    Map<String, String> fields = card("x");
    fields.put("save", "save");

    assertThat(seller.postForm(EDIT, withCsrf(fields, seller)).status()).isEqualTo(403);
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(before);
  }

  @Test
  void aFormWithProblemsComesBackWithEachBesideItsFieldAndNothingChanges() {
    long before = admin.get("/api/model/versions").json().size();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("commitments[0].to", "particuliers");
    fields.put("commitments[0].text", "");
    fields.put("commitments[0].answers", "no-such-expectation");
    fields.put("expectations[0].from", "marketing");
    fields.put("expectations[0].id", "contacts");
    fields.put("expectations[0].text", "Des contacts");
    fields.put("expectations[1].from", "marketing");
    fields.put("expectations[1].id", "contacts");
    fields.put("expectations[1].text", "Encore des contacts");
    fields.put("procedures[0].name", "Rapport");
    fields.put("procedures[0].steps", "zéro");
    fields.put("procedures[0].approvals", "p-0051, nobody");
    fields.put("reason", "x".repeat(501));
    fields.put("save", "save");

    Reply refused = lead.postForm(EDIT + "?lang=fr", withCsrf(fields));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("La fiche a 6 problèmes", "Obligatoire.", "Le client n’exprime pas cette attente.",
        "Ce nom court est déjà pris envers ce fournisseur.", "Un nombre entier, 1 ou plus.",
        "L’une de ces personnes n’est pas de l’organisation.", "Au plus 500 caractères ; celui-ci en a 501.",
        "Encore des contacts");
    assertThat(refused.body().split("is-invalid", -1)).hasSize(6);
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(before);
  }

  @Test
  void addingARowShowsTheFormAgainWithOneMoreAndSavesNothing() {
    long before = admin.get("/api/model/versions").json().size();
    Map<String, String> fields = card("Un devis");
    fields.put("procedures[1].name", "");
    fields.put("add", "procedure");

    Reply again = lead.postForm(EDIT, withCsrf(fields));

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().split("class=\"card mb-3 edit-row procedure-row\"", -1)).hasSize(1 + 3);
    assertThat(again.body()).contains("Un devis");
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(before);
  }

  /** The team's card as the demo states it, plus one commitment toward in-store customers. */
  private static Map<String, String> card(String extra) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("commitments[0].to", "particuliers");
    fields.put("commitments[0].text", "Plan 3D remis en fin de rendez-vous");
    fields.put("commitments[0].answers", "plan-3d");
    fields.put("commitments[1].to", "particuliers");
    fields.put("commitments[1].text", extra);
    fields.put("commitments[1].answers", "prix-ferme");
    fields.put("commitments[2].to", "finance");
    fields.put("commitments[2].text", "Tableau des ventes");
    fields.put("commitments[2].answers", "reporting-lundi");
    fields.put("expectations[0].from", "marketing");
    fields.put("expectations[0].id", "contacts-qualifies");
    fields.put("expectations[0].text", "Des contacts qualifiés");
    fields.put("expectations[1].from", "informatique");
    fields.put("expectations[1].id", "logiciel-3d");
    fields.put("expectations[1].text", "Un logiciel 3D rapide en magasin");
    fields.put("procedures[0].id", "rapport-ventes-hebdo");
    fields.put("procedures[0].name", "Rapport hebdomadaire des ventes");
    fields.put("procedures[0].steps", "3");
    fields.put("procedures[0].approvals", "p-0051");
    fields.put("procedures[0].serves", "finance");
    return fields;
  }

  private Map<String, String> withCsrf(Map<String, String> fields) {
    return withCsrf(fields, lead);
  }

  private Map<String, String> withCsrf(Map<String, String> fields, Api browser) {
    fields.put("_csrf", Api.csrfToken(browser.get("/teams", "text/html").body()));
    return fields;
  }
}
