package org.maillon.server.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Scenarios on the demo SME, through the API and the page. The figures of the middle layer's
 * removal are those docs/scenarios.md works out by hand (WhatIfCommandTests checks them on the file):
 * 500 people and 7 layers before, 478 and 6 after. The promotion comes last: it changes the
 * version the others draft from.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenariosIntegrationTests {

  static final String PASSWORD = "a password long enough";
  static final String REMOVE_LAYER_3 = "{\"name\":\"Delayering\",\"operations\":[{\"removeLayer\":3}]}";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ScenarioService scenarios;
  Api admin;
  Api manager;

  @BeforeAll
  void theSmeAndAManagerAndAMember() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"))
        .status()).isEqualTo(201);
    users.create("scenario-manager", PASSWORD, Role.MANAGER, null);
    users.create("scenario-member", PASSWORD, Role.MEMBER, null);
    manager = Api.on(port).as("scenario-manager", PASSWORD);
  }

  @Test
  @Order(1)
  void aManagerDraftsSavesAndComparesAScenarioAndARefusedOneChangesNothing() {
    String id = drafted("Delayering");
    assertThat(id).hasSize(22);
    Reply saved = manager.put("/api/scenarios/" + id, MediaType.APPLICATION_JSON, REMOVE_LAYER_3);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("author").asString()).isEqualTo("scenario-manager");

    JsonNode diff = manager.get("/api/scenarios/" + id + "/diff?lang=en").json();
    assertThat(figure(diff, "headcount")).isEqualTo("500 478");
    assertThat(figure(diff, "hierarchy/layers")).isEqualTo("7 6");
    assertThat(diff.at("/people/removed").size()).isEqualTo(22);
    // The index of the model alone, as maillon what-if gives it (WhatIfCommandTests works it out).
    assertThat(diff.at("/index/before").asDouble())
        .isCloseTo(240.0 / 11 + 900.0 / 71 + 1000.0 / 63 + 8, within(1e-9));
    assertThat(diff.at("/index/after").asDouble())
        .isCloseTo(240.0 / 11 + 900.0 / 71 + 4780.0 / 304 + 10, within(1e-9));
    assertThat(diff.at("/index/components/levels/points").toString()).isEqualTo("{\"before\":8.0,\"after\":10.0}");

    Reply refused = manager.put("/api/scenarios/" + id + "?lang=en", MediaType.APPLICATION_JSON,
        "{\"operations\":[{\"move\":{\"person\":\"p-9999\",\"manager\":\"p-0001\"}},"
            + "{\"move\":{\"person\":\"p-0001\",\"manager\":\"p-0014\"}}]}");
    assertThat(refused.status()).isEqualTo(422);
    List<String> problems = refused.json().get("errors").findValuesAsString("message");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("no person 'p-9999'");
    assertThat(problems.get(1)).startsWith("putting p-0001 under p-0014 would make a reporting cycle");
    assertThat(manager.get("/api/scenarios/" + id).json().get("operations").asString()).isEqualTo(REMOVE_LAYER_3);

    assertThat(manager.delete("/api/scenarios/" + id).status()).isEqualTo(204);
    assertThat(manager.get("/api/scenarios/" + id).status()).isEqualTo(404);
  }

  @Test
  @Order(2)
  void onlyAnAdminPromotesAndAScenarioThatNoLongerAppliesIsRefused() {
    String layer = drafted("Delayering");
    manager.put("/api/scenarios/" + layer, MediaType.APPLICATION_JSON, REMOVE_LAYER_3);
    String removed = manager.get("/api/scenarios/" + layer + "/diff").json().at("/people/removed/0/id").asString();
    String leaving = drafted("One leaves");
    assertThat(manager.put("/api/scenarios/" + leaving, MediaType.APPLICATION_JSON,
        "{\"operations\":[{\"removeManager\":\"" + removed + "\"}]}").status()).isEqualTo(200);

    assertThat(manager.post("/api/scenarios/" + layer + "/promote", MediaType.APPLICATION_JSON, Map.of()).status())
        .isEqualTo(403);
    assertThat(Api.on(port).as("scenario-member", PASSWORD)
        .post("/api/scenarios", MediaType.APPLICATION_JSON, Map.of("name", "Mine")).status()).isEqualTo(403);

    Reply promoted = admin.post("/api/scenarios/" + layer + "/promote", MediaType.APPLICATION_JSON,
        Map.of("reason", "Fewer layers"));
    assertThat(promoted.status()).as(promoted.body()).isEqualTo(201);
    JsonNode version = promoted.json().get("version");
    assertThat(List.of(version.get("format").asString(), version.get("importedBy").asString(),
        version.get("reason").asString(), version.get("headcount").asString()))
        .containsExactly("scenario", "admin", "Fewer layers", "478");

    Reply stale = admin.post("/api/scenarios/" + leaving + "/promote?lang=en", MediaType.APPLICATION_JSON, Map.of());
    assertThat(stale.status()).isEqualTo(422);
    assertThat(stale.json().get("errors").findValuesAsString("message")).singleElement().asString()
        .startsWith("no person '" + removed + "'");
    assertThat(admin.get("/api/model/versions").json().get(0).get("id").asLong()).isEqualTo(version.get("id").asLong());
  }

  @Test
  @Order(1)
  void thePageDraftsOperationByOperationAndSaysWhatMovedAndWhatIsWrong() {
    Api browser = Api.signedIn(port, "scenario-manager", PASSWORD);
    String list = browser.get("/scenarios", "text/html").body();
    Reply created = browser.postForm("/scenarios", Map.of("name", "Flatter", "_csrf", Api.csrfToken(list)));
    assertThat(created.status()).isEqualTo(302);
    String path = created.headers().getLocation().getPath();
    String csrf = Api.csrfToken(browser.get(path, "text/html").body());

    assertThat(browser.postForm(path + "/operations", Map.of("operation", "removeLayer", "depth", "3", "_csrf", csrf))
        .status()).isEqualTo(302);
    String page = browser.get(path + "?lang=en", "text/html").body();
    assertThat(page).contains("The managers at level 4 leave").contains("478").contains("Figures of the diagnosis that moved")
        .contains("Customer-centricity index, before and after").contains("<td>Excess levels: points</td>"
            + "<td class=\"text-end\">8</td><td class=\"text-end\">10</td>");
    assertThat(browser.get(path + "?lang=fr", "text/html").body()).contains("Les managers du niveau 4 partent")
        .contains("Avant et après").contains("Indice d’orientation client, avant et après")
        .contains("<td>Niveaux en trop : note (0–1)</td><td class=\"text-end\">0,4</td><td class=\"text-end\">0,5</td>");

    Reply wrong = browser.postForm(path + "/operations",
        Map.of("operation", "move", "person", "Nobody Known", "manager", "p-0001", "_csrf", csrf));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body()).contains("Nobody Known");
    Reply wrongTeam = browser.postForm(path + "/operations", Map.of("operation", "mergeTeams",
        "from", "marketing ET communication", "into", "No Such Team", "lang", "en", "_csrf", csrf));
    assertThat(wrongTeam.status()).as("a team is typed by name or id, any case").isEqualTo(422);
    assertThat(wrongTeam.body()).contains("No team you may pick here is named &quot;No Such Team&quot;")
        .doesNotContain("named &quot;marketing ET communication&quot;");
  }

  /**
   * Loïc Martinez (p-0006), one of the ten who report to the chief executive (p-0001), moves under Justine
   * Arnaud (p-0003), who had one report: the org chart of the result says 9 and 2, the current one still 10
   * and 1. Marketing then gets her as its lead. Viewing the scenario again reads what was kept.
   */
  @Test
  @Order(1)
  void theOrgChartOfTheResultMovesWithEachOperationAndIsKeptBetweenViews() {
    Api browser = Api.signedIn(port, "scenario-manager", PASSWORD);
    String list = browser.get("/scenarios", "text/html").body();
    String path = browser.postForm("/scenarios", Map.of("name", "Closer", "_csrf", Api.csrfToken(list)))
        .headers().getLocation().getPath();
    String csrf = Api.csrfToken(browser.get(path, "text/html").body());
    assertThat(browser.postForm(path + "/operations", Map.of("operation", "move", "person", "Loïc Martinez",
        "manager", "justine arnaud", "_csrf", csrf)).status()).isEqualTo(302);

    JsonNode ceo = browser.get(path + "/org-chart/people/p-0001/reports?limit=100", "application/json").json();
    JsonNode deputy = browser.get(path + "/org-chart/people/p-0003/reports", "application/json").json();
    assertThat(ceo.get("total").asInt()).isEqualTo(9);
    assertThat(deputy.get("total").asInt()).isEqualTo(2);
    assertThat(deputy.get("people").findValuesAsString("id")).containsExactly("p-0004", "p-0006");
    assertThat(browser.get(path + "/org-chart/tops", "application/json").json().at("/people/0/reports").asInt())
        .isEqualTo(9);
    assertThat(browser.get(path + "/org-chart/paths?person=p-0006", "application/json").json()
        .at("/paths/0").findValuesAsString("id")).containsExactly("p-0001", "p-0003", "p-0006");
    assertThat(browser.get("/org-chart/people/p-0003/reports", "application/json").json().get("total").asInt())
        .isEqualTo(1);

    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(scenarios.whatIf(id, Locale.ENGLISH)).isSameAs(scenarios.whatIf(id, Locale.ENGLISH));
    ScenarioService.WhatIf before = scenarios.whatIf(id, Locale.ENGLISH);
    assertThat(browser.postForm(path + "/operations", Map.of("operation", "moveTeam", "team", "marketing",
        "lead", "Justine Arnaud", "_csrf", csrf)).status()).isEqualTo(302);
    assertThat(scenarios.whatIf(id, Locale.ENGLISH)).isNotSameAs(before);
    String page = browser.get(path + "?lang=en", "text/html").body();
    assertThat(page).contains("Marketing et communication is led by Justine Arnaud")
        .contains("id=\"chain-after-data\"").contains("org-chart/");
  }

  private String drafted(String name) {
    Reply created = manager.post("/api/scenarios", MediaType.APPLICATION_JSON, Map.of("name", name));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private static String figure(JsonNode json, String path) {
    JsonNode figure = json.at("/figures/" + path);
    return figure.get("before").asString() + " " + figure.get("after").asString();
  }
}
