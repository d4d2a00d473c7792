package org.maillon.server.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Actions on the demo SME: Aurélie (p-0051) leads in-store sales ({@value #TEAM}), whose procedure
 * "remise exceptionnelle" needs more approvals than a circuit should hold ({@value #FINDING});
 * Antoine (p-0052) leads online sales, another team; a seller of in-store sales (p-0058) leads
 * nothing. The class has a server and a database of its own: it listens years ahead, which would
 * put a listened link into the quarters the index's tests work out by hand on the shared server.
 */
@ApiTest
@TestPropertySource(properties = "maillon.tests.context=actions")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionsIntegrationTests {

  static final MediaType JSON = MediaType.APPLICATION_JSON;
  static final String HTML = "text/html";
  static final String PASSWORD = "a password long enough";
  static final String TEAM = "ventes-magasins";
  static final String LEAD = "p-0051";
  static final String FINDING = "LONG_APPROVAL_CIRCUIT:remise-exceptionnelle";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  Api admin;
  Api lead;
  Api otherLead;
  Api seller;

  @BeforeAll
  void importTheSmeAndLinkMembers() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    importModel(ExampleModels.bytes("sme.yaml"));
    lead = member("actions-lead", LEAD);
    otherLead = member("actions-other-lead", "p-0052");
    seller = member("actions-seller", "p-0058");
  }

  private Api member(String username, String person) {
    assertThat(admin.post("/api/users", JSON,
        Map.of("username", username, "password", PASSWORD, "role", "member", "person", person)).status())
        .isEqualTo(201);
    return Api.on(port).as(username, PASSWORD);
  }

  private void importModel(byte[] yaml) {
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), yaml).status()).isEqualTo(201);
  }

  private static Map<String, Object> fromTheFinding(String title) {
    return Map.of("title", title, "team", TEAM, "sourceKind", "finding", "sourceKey", FINDING);
  }

  @Test
  void aLeadFollowsUpAFindingOfTheirTeamFromThePageAndSeesItOnTheirPlaceAndTheTeamCard() {
    Api pages = Api.signedIn(port, "actions-lead", PASSWORD);
    String findings = pages.get("/findings", HTML).body();
    assertThat(findings).contains("name=\"sourceKey\" value=\"" + FINDING + "\"")
        .doesNotContain("value=\"DISCONNECTED_TEAM:audit-interne\"");
    Reply created = pages.postForm("/actions", Map.of("team", TEAM, "title", "Raccourcir le circuit des remises",
        "sourceKind", "finding", "sourceKey", FINDING, "_csrf", Api.csrfToken(findings)));
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    long id = Long.parseLong(created.headers().getLocation().getPath().replace("/actions/", ""));

    JsonNode action = admin.get("/api/actions/" + id).json();
    assertThat(action.get("owner").asString()).as("the team's lead by default").isEqualTo(LEAD);
    assertThat(action.get("status").asString()).isEqualTo("open");
    assertThat(action.get("createdBy").asString()).isEqualTo("actions-lead");
    assertThat(action.get("sourceGone").asBoolean()).isFalse();

    assertThat(pages.get("/people/" + LEAD, HTML).body()).contains("Raccourcir le circuit des remises");
    assertThat(pages.get("/teams/" + TEAM, HTML).body()).contains("id=\"team-actions\"")
        .contains("Raccourcir le circuit des remises");
    assertThat(pages.get("/actions/" + id, HTML).body()).contains("id=\"action-form\"");
    assertThat(pages.get("/listening?team=" + TEAM, HTML).body()).as("beside each overdue link")
        .contains("name=\"sourceKind\" value=\"overdue-link\"");
    assertThat(pages.get("/teams/" + TEAM + "/centricity", HTML).body()).as("beside each fix")
        .contains("name=\"sourceKind\" value=\"index-fix\"");
    Api sellerPages = Api.signedIn(port, "actions-seller", PASSWORD);
    assertThat(sellerPages.get("/findings", HTML).body()).as("no button for who leads nothing")
        .doesNotContain("name=\"sourceKey\"");
    assertThat(sellerPages.get("/listening?team=" + TEAM, HTML).body()).doesNotContain("name=\"sourceKey\"");
  }

  @Test
  void anotherTeamsLeadIsRefusedAndNothingIsStored() {
    int before = admin.get("/api/actions?team=" + TEAM).json().size();
    assertThat(otherLead.post("/api/actions", JSON, fromTheFinding("Pas mon équipe")).status()).isEqualTo(403);
    assertThat(seller.post("/api/actions", JSON, fromTheFinding("Pas mon rôle")).status()).isEqualTo(403);
    assertThat(admin.get("/api/actions?team=" + TEAM).json().size()).isEqualTo(before);
  }

  @Test
  void aFollowUpIsNeverMadeByHandSoThatTheCampaignsCountsStayTheCustomersOwn() {
    int before = admin.get("/api/actions?team=" + TEAM).json().size();
    Reply refused = lead.post("/api/actions", JSON, Map.of("title", "Rappeler", "team", TEAM,
        "sourceKind", "follow-up", "sourceKey", "campaign:1"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("sourceKind").contains("followUpByHand");
    assertThat(admin.get("/api/actions?team=" + TEAM).json().size()).isEqualTo(before);
  }

  @Test
  void everyProblemIsListedWithItsField() {
    Reply refused = lead.post("/api/actions", JSON, Map.of("title", "x".repeat(201), "team", TEAM,
        "owner", "p-9999", "due", "31/12/2026", "status", "later", "notes", "n".repeat(2001)));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("title", "owner", "due", "status", "notes");
    assertThat(lead.post("/api/actions", JSON, Map.of("title", "Ailleurs", "team", "no-such-team", "owner", LEAD))
        .json().get("errors").findValuesAsString("code")).containsExactly("unknownTeam");
    Api pages = Api.signedIn(port, "actions-lead", PASSWORD);
    Reply page = pages.postForm("/actions?lang=fr", Map.of("team", TEAM, "title", "", "_csrf",
        Api.csrfToken(pages.get("/actions", HTML).body())));
    assertThat(page.status()).as("the page says each problem by its field").isEqualTo(422);
    assertThat(page.body()).contains("Intitulé").contains("Obligatoire.");
  }

  @Test
  void theFiltersCombine() {
    long open = create(lead, Map.of("title", "Filtre ouverte", "team", TEAM, "owner", "p-0058"));
    long done = create(lead, Map.of("title", "Filtre faite", "team", TEAM, "owner", "p-0058", "status", "done"));
    long elsewhere = create(admin, Map.of("title", "Filtre ailleurs", "team", "ventes-en-ligne", "owner", "p-0058"));
    assertThat(ids(admin.get("/api/actions?owner=p-0058"))).contains(open, done, elsewhere);
    assertThat(ids(admin.get("/api/actions?owner=p-0058&team=" + TEAM))).contains(open, done).doesNotContain(elsewhere);
    assertThat(ids(admin.get("/api/actions?owner=p-0058&team=" + TEAM + "&status=done"))).contains(done)
        .doesNotContain(open, elsewhere);
    assertThat(admin.get("/api/actions?status=later").status()).isEqualTo(422);
  }

  @Test
  void theOwnerChangesStatusAndNotesOnlyAndTheLeadAnything() {
    long id = create(lead, Map.of("title", "Appeler le client", "team", TEAM, "owner", "p-0058"));
    Reply started = seller.send(HttpMethod.PATCH, "/api/actions/" + id, JSON,
        Map.of("status", "in-progress", "notes", "Rendez-vous pris"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().get("status").asString()).isEqualTo("in-progress");
    assertThat(started.json().get("notes").asString()).isEqualTo("Rendez-vous pris");
    assertThat(seller.send(HttpMethod.PATCH, "/api/actions/" + id, JSON, Map.of("due", "2030-01-01")).status())
        .isEqualTo(403);
    assertThat(otherLead.send(HttpMethod.PATCH, "/api/actions/" + id, JSON, Map.of("status", "done")).status())
        .isEqualTo(403);
    Reply moved = lead.send(HttpMethod.PATCH, "/api/actions/" + id, JSON, Map.of("due", "2030-01-01", "owner", LEAD));
    assertThat(moved.json().get("due").asString()).isEqualTo("2030-01-01");
    assertThat(moved.json().get("owner").asString()).isEqualTo(LEAD);
    assertThat(moved.json().get("status").asString()).as("kept").isEqualTo("in-progress");
    clock.advance(Duration.ofMinutes(5));
    Reply same = lead.send(HttpMethod.PATCH, "/api/actions/" + id, JSON, Map.of("status", "in-progress", "due",
        "2030-01-01", "notes", "Rendez-vous pris"));
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().get("updatedAt").asString()).as("a change that changes nothing is not written")
        .isEqualTo(moved.json().get("updatedAt").asString());
  }

  @Test
  void anActionWhoseFindingIsGoneAfterAnImportSaysSoAndIsClosedFromItsPage() {
    long id = create(lead, fromTheFinding("Revoir la remise exceptionnelle"));
    assertThat(admin.get("/api/actions/" + id).json().get("sourceGone").asBoolean()).isFalse();
    try {
      importModel(new String(ExampleModels.bytes("sme.yaml"), StandardCharsets.UTF_8)
          .replace("remise-exceptionnelle", "remise-speciale").getBytes(StandardCharsets.UTF_8));
      assertThat(admin.get("/api/actions/" + id).json().get("sourceGone").asBoolean()).isTrue();
      Api pages = Api.signedIn(port, "actions-lead", PASSWORD);
      String page = pages.get("/actions/" + id, HTML).body();
      assertThat(page).contains("id=\"source-gone\"");
      assertThat(pages.postForm("/actions/" + id, Map.of("status", "done", "_csrf", Api.csrfToken(page))).status())
          .isEqualTo(302);
      assertThat(admin.get("/api/actions/" + id).json().get("status").asString()).isEqualTo("done");
    } finally {
      importModel(ExampleModels.bytes("sme.yaml"));
    }
  }

  @Test
  void anActionOnAnOverdueLinkSaysItsSourceIsGoneOnceTheLinkIsListenedTo() {
    clock.set(Instant.parse("2031-01-01T12:00:00Z"));
    String link = TEAM + "->particuliers";
    long id = create(lead, Map.of("title", "Appeler les particuliers", "team", TEAM, "sourceKind", "overdue-link",
        "sourceKey", link));
    assertThat(admin.get("/api/actions/" + id).json().get("sourceGone").asBoolean())
        .as("every link is overdue years on").isFalse();

    assertThat(lead.post("/api/conversations", JSON, Map.of("team", TEAM, "customer", "particuliers",
        "participants", "Aurélie et trois clients")).status()).isEqualTo(201);
    assertThat(admin.get("/api/actions/" + id).json().get("sourceGone").asBoolean()).isTrue();
    assertThat(admin.get("/api/actions?team=" + TEAM).json().findValues("id").stream()
        .filter(n -> n.asLong() == id)).hasSize(1);
  }

  @Test
  void aLeadFollowsUpAVoiceThemeFromTheVoicePageAndTheActionSaysWhenTheThemeNoLongerShows() {
    long campaign = admin.post("/api/campaigns", JSON, Map.of("team", TEAM, "customers", List.of("particuliers")))
        .json().get("id").asLong();
    admin.post("/api/campaigns/" + campaign + "/invitations", JSON, Map.of("customer", "particuliers", "count", 5))
        .json().get("invitations").forEach(invitation -> assertThat(admin.post("/api/responses/"
            + invitation.get("token").asString(), JSON, Map.of("answers", List.of(Map.of("question", 0, "value", 3),
                Map.of("question", 1, "value", 2), Map.of("question", 2, "text", "Des délais de pose trop longs")))).status())
            .isEqualTo(201));
    Api pages = Api.signedIn(port, "actions-lead", PASSWORD);
    String voice = pages.get("/teams/" + TEAM + "/voice?lang=fr", HTML).body();
    assertThat(voice).contains("name=\"sourceKind\" value=\"voice-theme\"");
    Matcher button = Pattern.compile("name=\"sourceKey\" value=\"([^\":]+):délais\"").matcher(voice);
    assertThat(button.find()).as("the analysed term, then the words shown").isTrue();
    String key = button.group(1) + ":délais";

    long id = create(lead, Map.of("title", "Tenir les délais de pose", "team", TEAM, "sourceKind", "voice-theme",
        "sourceKey", key));
    assertThat(admin.get("/api/actions/" + id).json().get("sourceGone").asBoolean()).isFalse();
    assertThat(pages.get("/actions/" + id + "?lang=fr", HTML).body())
        .contains("« délais », dans ce qu&#39;écrivent les clients de Ventes en magasin");
    long gone = create(lead, Map.of("title", "Un thème disparu", "team", TEAM, "sourceKind", "voice-theme",
        "sourceKey", "inexistant:inexistant"));
    assertThat(admin.get("/api/actions/" + gone).json().get("sourceGone").asBoolean())
        .as("a theme the team's voice no longer shows").isTrue();
    assertThat(Api.signedIn(port, "actions-seller", PASSWORD).get("/teams/" + TEAM + "/voice", HTML).body())
        .doesNotContain("value=\"voice-theme\"");
  }

  private static long create(Api user, Map<String, Object> action) {
    Reply created = user.post("/api/actions", JSON, action);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static List<Long> ids(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().findValues("id").stream().map(JsonNode::asLong).toList();
  }
}
