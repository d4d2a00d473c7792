package org.maillon.server.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A pulse over HTTP, on the demo SME, in a database of its own so that the organisation's figures
 * are exactly the responses written here: created by a manager, answered through its links, its
 * means computed by hand, what waits for its batch as teams answer, and the page beside the
 * structural figures. The steps build on each other, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-pulse-api-${random.uuid}",
    "maillon.admin-password=" + PulseApiIntegrationTests.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PulseApiIntegrationTests {

  static final String ADMIN_PASSWORD = "pulse-admin-secret";
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final MediaType JSON = MediaType.APPLICATION_JSON;
  static final String CUTTING = "usine-decoupe";
  static final String PROCESS = "cellule-process";

  @LocalServerPort int port;
  @Autowired PulseResults results;
  Api admin;
  Api manager;
  Api member;
  Api anonymous;
  long cuttingPulse;
  long processPulse;

  @BeforeAll
  void theDemoSme() {
    anonymous = Api.on(port);
    admin = anonymous.as("admin", ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")).status()).isEqualTo(201);
    admin.post("/api/users", JSON, Map.of("username", "pulse-manager", "password", "pulse-secret", "role", "manager"));
    admin.post("/api/users", JSON, Map.of("username", "pulse-member", "password", "pulse-secret", "role", "member"));
    manager = anonymous.as("pulse-manager", "pulse-secret");
    member = anonymous.as("pulse-member", "pulse-secret");
  }

  @Test
  @Order(1)
  void aManagerCreatesAPulseOfTheThreeDefaultQuestions() {
    Reply created = manager.post("/api/pulses", JSON, Map.of("team", CUTTING, "anonymityThreshold", 3));

    assertThat(created.status()).isEqualTo(201);
    JsonNode pulse = created.json();
    cuttingPulse = pulse.get("id").asLong();
    assertThat(created.headers().getLocation()).hasToString("/api/campaigns/" + cuttingPulse);
    assertThat(pulse.get("kind").asString()).isEqualTo("pulse");
    assertThat(pulse.get("team").asString()).isEqualTo(CUTTING);
    assertThat(pulse.get("customers").toString()).isEqualTo("[\"" + CUTTING + "\"]");
    assertThat(pulse.get("anonymityThreshold").asInt()).isEqualTo(3);
    List<String> types = new ArrayList<>();
    pulse.get("questions").forEach(q -> types.add(q.get("type").asString()));
    assertThat(types).containsExactly("hours", "share", "scale");
    assertThat(pulse.get("questions").get(0).get("wording").get("fr").asString()).contains("heures par semaine");
    assertThat(pulse.get("questions").get(1).get("wording").get("en").asString()).contains("customers");
    assertThat(manager.get("/api/campaigns/" + cuttingPulse).json().get("kind").asString()).isEqualTo("pulse");
  }

  @Test
  @Order(2)
  void aPulseNeedsAManagerAKnownTeamAndItsOwnQuestions() {
    assertThat(member.post("/api/pulses", JSON, Map.of("team", CUTTING)).status()).isEqualTo(403);
    assertThat(anonymous.post("/api/pulses", JSON, Map.of("team", CUTTING)).status()).isEqualTo(401);

    Reply rejected = manager.post("/api/pulses?lang=en", JSON, Map.of("team", "particuliers",
        "questions", List.of(Map.of("type", "nps")), "anonymityThreshold", 0));

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(fields(rejected)).containsExactly("team", "questions[0].type", "questions", "questions", "questions",
        "anonymityThreshold");
    assertThat(rejected.body()).contains("No team has the id particuliers.");
    Reply customerCampaign = manager.post("/api/campaigns", JSON, Map.of("team", "ventes-magasins",
        "customers", List.of("particuliers"), "questions", List.of(Map.of("type", "hours"))));
    assertThat(customerCampaign.status()).isEqualTo(422);
    assertThat(fields(customerCampaign)).containsExactly("questions[0].type");
  }

  @Test
  @Order(3)
  void answersOutOfRangeAreAllListedAndNothingIsRecorded() {
    String token = tokens(cuttingPulse, 1).get(0);

    Reply rejected = anonymous.post("/api/responses/" + token + "?lang=fr", JSON, Map.of("answers", List.of(
        Map.of("question", 0, "value", 61), Map.of("question", 1, "value", 101), Map.of("question", 2, "value", 0))));

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(fields(rejected)).containsExactly("answers[0].value", "answers[1].value", "answers[2].value");
    assertThat(rejected.body()).contains("Doit être un nombre entier de 0 à 60", "de 0 à 100", "de 1 à 5");
    Reply missing = anonymous.post("/api/responses/" + token, JSON,
        Map.of("answers", List.of(Map.of("question", 0, "value", 3))));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(fields(missing)).containsExactly("answers", "answers");
    assertThat(manager.get("/api/campaigns/" + cuttingPulse).json().get("invitations").get("answered").asInt())
        .isZero();
    assertThat(admin.get("/api/teams/" + CUTTING + "/pulse").json().get("responses").asInt()).isZero();
    // The token was not used: it still answers.
    assertThat(answer(token, 2, 50, 1).status()).isEqualTo(201);
    assertThat(answer(token, 2, 50, 1).status()).isEqualTo(409);
  }

  @Test
  @Order(4)
  void aBatchOfThreeAnswersGivesTheHandComputedMeans() {
    List<String> tokens = tokens(cuttingPulse, 2);
    answer(tokens.get(0), 4, 60, 2);
    assertThat(member.get("/api/teams/" + CUTTING + "/pulse").json().get("responses").asInt())
        .as("two answers wait for their batch of three").isZero();
    answer(tokens.get(1), 9, 70, 3);

    JsonNode team = member.get("/api/teams/" + CUTTING + "/pulse").json();

    // Hours (2 + 4 + 9)/3 = 5; share (50 + 60 + 70)/3 = 60; freedom (1 + 2 + 3)/3 = 2.
    assertThat(team.get("responses").asInt()).isEqualTo(3);
    assertThat(team.get("invitations").asInt()).isEqualTo(3);
    assertThat(team.get("hidden").asBoolean()).isFalse();
    assertThat(team.get("hoursLost").asDouble()).isEqualTo(5.0);
    assertThat(team.get("customerShare").asDouble()).isEqualTo(60.0);
    assertThat(team.get("freedom").asDouble()).isEqualTo(2.0);
    assertThat(team.get("threshold").asInt()).isEqualTo(3);
    // 1 procedure for 40 members; achat-outillage climbs more than 2 levels.
    assertThat(team.get("structure").get("procedures").asInt()).isEqualTo(1);
    assertThat(team.get("structure").get("proceduresPer100People").asDouble()).isEqualTo(2.5);
    assertThat(team.get("structure").get("climbingCircuits").toString()).isEqualTo("[\"achat-outillage\"]");

    JsonNode organisation = member.get("/api/pulse").json();
    assertThat(organisation.get("responses").asInt()).isEqualTo(3);
    assertThat(organisation.get("hoursLost").asDouble()).isEqualTo(5.0);
    assertThat(organisation.get("trend")).hasSize(1);
    assertThat(organisation.get("trend").get(0).get("freedom").asDouble()).isEqualTo(2.0);
    assertThat(row(organisation, PROCESS).get("hidden").asBoolean()).isTrue();
    assertThat(row(organisation, PROCESS).get("structure").get("proceduresPer100People").asDouble())
        .isEqualTo(125.0);
  }

  @Test
  @Order(5)
  void aSecondTeamsFirstAnswersCountNowhereUntilTheirBatchIsComplete() {
    processPulse = manager.post("/api/pulses", JSON, Map.of("team", PROCESS, "anonymityThreshold", 3)).json()
        .get("id").asLong();
    List<String> tokens = tokens(processPulse, 3);
    answer(tokens.get(0), 30, 10, 1);

    JsonNode organisation = admin.get("/api/pulse").json();

    // cellule-process's one answer waits: the organisation minus usine-decoupe reveals nothing of it.
    assertThat(organisation.get("hidden").asBoolean()).isFalse();
    assertThat(organisation.get("responses").asInt()).isEqualTo(3);
    assertThat(organisation.get("hoursLost").asDouble()).isEqualTo(5.0);
    assertThat(row(organisation, CUTTING).get("hoursLost").asDouble()).isEqualTo(5.0);
    JsonNode waiting = row(organisation, PROCESS);
    assertThat(waiting.get("hidden").asBoolean()).isTrue();
    assertThat(waiting.get("responses").asInt()).isZero();
    assertThat(waiting.get("hoursLost").isNull()).isTrue();
    assertThat(manager.get("/api/campaigns/" + processPulse).json().get("invitations").get("answered").asInt())
        .isZero();
    String page = Api.signedIn(port, "pulse-member", "pulse-secret").get("/pulse?lang=en", "text/html").body();
    assertThat(page).contains("below the anonymity threshold").doesNotContain("data-team=\"cellule-process\" data-hidden")
        .containsPattern("id=\"pulse-hidden-teams\"[\\s\\S]*data-team=\"cellule-process\"");

    answer(tokens.get(1), 20, 30, 2);
    answer(tokens.get(2), 10, 20, 3);
    JsonNode process = admin.get("/api/teams/" + PROCESS + "/pulse").json();
    // Hours (30 + 20 + 10)/3 = 20; share (10 + 30 + 20)/3 = 20; freedom (1 + 2 + 3)/3 = 2.
    assertThat(List.of(process.get("hoursLost").asDouble(), process.get("customerShare").asDouble(),
        process.get("freedom").asDouble())).containsExactly(20.0, 20.0, 2.0);
    assertThat(admin.get("/api/teams/" + CUTTING + "/pulse").json().get("hoursLost").asDouble()).isEqualTo(5.0);
    assertThat(manager.get("/api/campaigns/" + processPulse).json().get("invitations").get("answered").asInt())
        .isEqualTo(3);
  }

  @Test
  @Order(6)
  void thePageShowsThePulseBesideTheStructuralFiguresInFrench() {
    String page = Api.signedIn(port, "pulse-member", "pulse-secret").get("/pulse?lang=fr", "text/html").body();

    assertThat(page).contains("Baromètre de bureaucratie").contains("Procédures / 100 personnes")
        .contains("data-team=\"cellule-process\" data-hidden=\"false\"").contains("125,0").contains("2,5")
        .contains("20,0 %").contains("publiées par lots entiers d&#39;au moins 3");
  }

  @Test
  @Order(7)
  void aManagerStartsAPulseFromThePageAndAMemberCannot() {
    Api managerPages = Api.signedIn(port, "pulse-manager", "pulse-secret");
    String page = managerPages.get("/pulse?lang=en", "text/html").body();
    assertThat(page).contains("id=\"new-pulse\"");
    String csrf = Api.csrfToken(page);

    Reply rejected = managerPages.postForm("/pulse?lang=en", Map.of("_csrf", csrf, "team", "nobody", "threshold", "0"));
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.body()).contains("No team has the id nobody.").contains("Must be a whole number of at least 3");

    Reply created = managerPages.postForm("/pulse", Map.of("_csrf", csrf, "team", "qualite", "threshold", "4"));
    assertThat(created.status()).isEqualTo(302);
    assertThat(created.headers().getLocation().getPath()).startsWith("/listening/campaigns/");
    Reply named = managerPages.postForm("/pulse", Map.of("_csrf", csrf, "team", " ressources HUMAINES ", "threshold", "4"));
    assertThat(named.status()).as("a team picked by its name").isEqualTo(302);
    assertThat(manager.get("/api" + named.headers().getLocation().getPath().replace("/listening", "")).json()
        .get("team").asText()).isEqualTo("rh");

    Api memberPages = Api.signedIn(port, "pulse-member", "pulse-secret");
    String memberPage = memberPages.get("/pulse", "text/html").body();
    assertThat(memberPage).doesNotContain("id=\"new-pulse\"");
    assertThat(memberPages.postForm("/pulse", Map.of("_csrf", Api.csrfToken(memberPage), "team", "qualite",
        "threshold", "4")).status()).isEqualTo(403);
  }

  @Test
  @Order(8)
  void freeTextsGiveThemesOnlyOnceTheThresholdOfPublishedAnswersBackThem() {
    long financePulse = manager.post("/api/pulses", JSON, Map.of("team", "finance", "anonymityThreshold", 3,
        "questions", List.of(Map.of("type", "hours"), Map.of("type", "share"), Map.of("type", "scale"),
            Map.of("type", "text")))).json().get("id").asLong();
    List<String> tokens = tokens(financePulse, 8);
    // The pulses of step 7 promised 4: answers are published by batches of 4, and a theme needs 4 answers.
    answerWithText(tokens.get(0), "Trop de reporting hebdomadaire");
    answerWithText(tokens.get(1), "Le reporting hebdomadaire prend du temps");
    answerWithText(tokens.get(2), "Un reporting hebdomadaire que personne ne lit");
    assertThat(member.get("/api/pulse").json().get("themes")).as("three answers wait for their batch").isEmpty();
    answerWithText(tokens.get(3), "Les notes de frais traînent");
    assertThat(member.get("/api/pulse").json().get("themes")).as("3 of the 4 published say it: below 4").isEmpty();
    answerWithText(tokens.get(4), "Encore ce reporting hebdomadaire");
    answerWithText(tokens.get(5), "Les notes de frais reviennent trois fois");
    answerWithText(tokens.get(6), "Des notes de frais à signer partout");
    assertThat(member.get("/api/pulse").json().get("themes")).as("answers 5 to 7 wait for their batch").isEmpty();
    answerWithText(tokens.get(7), "Rien à signaler");

    JsonNode themes = member.get("/api/pulse").json().get("themes");
    assertThat(themes).hasSize(1);
    assertThat(themes.get(0).get("label").asString()).isEqualTo("reporting hebdomadaire");
    assertThat(themes.get(0).get("count").asInt()).as("notes de frais: 3 answers, hidden").isEqualTo(4);
    assertThat(themes.get(0).has("samples")).isFalse();
    String page = Api.signedIn(port, "pulse-member", "pulse-secret").get("/pulse?lang=fr", "text/html").body();
    assertThat(page).contains("Ce qu&#39;écrivent les collaborateurs").contains(">reporting hebdomadaire<")
        .contains("4 réponses").doesNotContain("Trop de reporting").doesNotContain("notes de frais");
  }

  @Test
  @Order(8)
  void anUnknownTeamIsNotFound() {
    assertThat(admin.get("/api/teams/nobody/pulse").status()).isEqualTo(404);
    assertThat(admin.get("/api/teams/particuliers/pulse").status()).isEqualTo(404);
    assertThat(anonymous.get("/api/pulse").status()).isEqualTo(401);
  }

  @Test
  @Order(9)
  void namesOnThePageAreEscaped() {
    String model = """
        organization: Escapes
        customers:
          - id: buyers
            name: Buyers
        teams:
          - id: shop
            name: "<b>Shop</b> & co"
            kind: front-line
        links:
          - from: shop
            to: buyers
        """;
    assertThat(admin.post("/api/model", YAML, model.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);

    String page = Api.signedIn(port, "pulse-member", "pulse-secret").get("/pulse", "text/html").body();

    assertThat(page).contains("&lt;b&gt;Shop&lt;/b&gt; &amp; co").doesNotContain("<b>Shop</b>");
    // Teams only former pulses name are still listed, by id.
    assertThat(page).contains("data-team=\"usine-decoupe\"");
  }

  private List<String> tokens(long pulse, int count) {
    JsonNode invitations = manager.post("/api/campaigns/" + pulse + "/invitations", JSON, Map.of("count", count))
        .json().get("invitations");
    List<String> tokens = new ArrayList<>();
    invitations.forEach(invitation -> tokens.add(invitation.get("token").asString()));
    return tokens;
  }

  private Reply answer(String token, int hours, int share, int freedom) {
    return anonymous.post("/api/responses/" + token, JSON, Map.of("answers", List.of(
        Map.of("question", 0, "value", hours), Map.of("question", 1, "value", share),
        Map.of("question", 2, "value", freedom))));
  }

  private void answerWithText(String token, String text) {
    Reply reply = anonymous.post("/api/responses/" + token, JSON, Map.of("answers", List.of(
        Map.of("question", 0, "value", 5), Map.of("question", 1, "value", 50), Map.of("question", 2, "value", 3),
        Map.of("question", 3, "text", text))));
    assertThat(reply.status()).isEqualTo(201);
  }

  private static JsonNode row(JsonNode organisation, String team) {
    for (JsonNode row : organisation.get("teams")) {
      if (row.get("team").asString().equals(team)) {
        return row;
      }
    }
    throw new AssertionError("No row for " + team);
  }

  private static List<String> fields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
    return fields;
  }

  @Test
  @Order(10)
  void theFiguresAreKeptWhileTheModelAndTheListeningDataAreTheSame() {
    OrganizationPulse kept = results.organization();
    assertThat(results.organization()).isSameAs(kept);

    assertThat(manager.post("/api/pulses", JSON, Map.of("team", "shop")).status()).as("of the model just imported")
        .isEqualTo(201);
    OrganizationPulse again = results.organization();
    assertThat(again).isNotSameAs(kept);
    assertThat(again.invitations()).isEqualTo(kept.invitations());
    assertThat(results.organization()).isSameAs(again);
  }
}
