package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.teams.picker.TeamPicker;
import org.maillon.server.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page renders on an organisation of 100,000 people and 2,000 teams, the value chain's
 * graph is cut to the nodes nearest the final customers, no page weighs more than 300 KB, and the org chart answers
 * with small parts of the tree. The times printed are for reading; the
 * page times of record are measured in {@code bench/} (docs/benchmarks.md), not asserted here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-pages-scale-${random.uuid}",
    "maillon.admin-password=scale-secret-for-tests"})
class PagesAtScaleIntegrationTests {

  static final int PEOPLE = 100_000;
  static final int TEAMS = 2_000;
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NODES = Pattern.compile("\"id\":\"(t|c)-");

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;

  /** 10 final customers; 200 front-line, 1,200 core and 600 support teams; a span of 10 everywhere. */
  static byte[] bigModel() {
    StringBuilder json = new StringBuilder(12_000_000).append("{\"organization\":\"Big\",\"customers\":[");
    for (int c = 0; c < 10; c++) {
      json.append(c == 0 ? "" : ",").append("{\"id\":\"c-").append(c).append("\",\"name\":\"Customer ").append(c).append("\"}");
    }
    json.append("],\"teams\":[");
    for (int t = 0; t < TEAMS; t++) {
      String kind = t < 200 ? "front-line" : t < 1400 ? "core" : "support";
      json.append(t == 0 ? "" : ",").append("{\"id\":\"t-").append(t).append("\",\"name\":\"Team ").append(t)
          .append("\",\"kind\":\"").append(kind).append("\",\"lead\":\"p-").append(t).append("\"}");
    }
    json.append("],\"people\":[");
    for (int p = 0; p < PEOPLE; p++) {
      json.append(p == 0 ? "" : ",").append("{\"id\":\"p-").append(p).append("\",\"name\":\"Person ").append(p)
          .append("\",\"team\":\"t-").append(p % TEAMS).append("\"");
      if (p > 0) {
        json.append(",\"manager\":\"p-").append((p - 1) / 10).append("\"");
      }
      json.append("}");
    }
    json.append("],\"links\":[");
    for (int t = 0; t < TEAMS; t++) {
      String to = t < 200 ? "c-" + (t % 10) : t < 1400 ? "t-" + (t % 200) : "t-" + (200 + t % 1200);
      json.append(t == 0 ? "" : ",").append("{\"from\":\"t-").append(t).append("\",\"to\":\"").append(to)
          .append("\",\"expectations\":[{\"id\":\"e\",\"text\":\"On time\"}]}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyPageRendersAt100000People() {
    organizations.importModel("big.json", bigModel(), "tests", Locale.ENGLISH);
    users.create("scale-manager", "scale-manager-password", Role.MANAGER, null);
    Api browser = Api.browser(port);
    Matcher token = CSRF.matcher(browser.get("/login", "text/html").body());
    assertThat(token.find()).isTrue();
    browser.postForm("/login", Map.of("username", "scale-manager", "password", "scale-manager-password",
        "_csrf", token.group(1)));

    Api.Reply scenario = browser.postForm("/scenarios", Map.of("name", "At scale",
        "_csrf", Api.csrfToken(browser.get("/scenarios", "text/html").body())));
    String drafted = scenario.headers().getLocation().getPath();
    String id = drafted.substring(drafted.lastIndexOf('/') + 1);
    for (String page : new String[] {"/", "/people", "/people/p-99999", "/people/p-0", "/teams", "/teams/t-0",
        "/teams/t-1500", "/hierarchy", "/support", "/value-chain", "/value-chain?focus=t-1999", "/bureaucracy",
        "/customers", "/customers/t-0", "/listening", "/listening/campaigns", "/listening/conversations", "/actions",
        drafted, "/scenarios/compare?a=" + id + "&b=" + id, "/teams/t-0/voice", "/pulse", "/centricity"}) {
      browser.get(page + (page.contains("?") ? "&" : "?") + "lang=en", "text/html"); // warm up (per-diagnosis indexes)
      long start = System.nanoTime();
      Api.Reply reply = browser.get(page + (page.contains("?") ? "&" : "?") + "lang=fr", "text/html");
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.err.println("At " + PEOPLE + " people, " + page + " answered in " + millis + " ms");
      assertThat(reply.status()).as(page).isEqualTo(200);
      assertThat(reply.body().getBytes(StandardCharsets.UTF_8).length).as("%s weighs at most 300 KB", page)
          .isLessThanOrEqualTo(300 * 1024);
      assertThat(reply.body().split("<option", -1).length - 1).as("choices offered on %s", page)
          .isLessThanOrEqualTo(TeamPicker.FEW);
      if (page.startsWith("/value-chain")) {
        String graph = reply.body().substring(reply.body().indexOf("id=\"value-chain-data\""));
        graph = graph.substring(0, graph.indexOf("</script>"));
        Matcher nodes = NODES.matcher(graph);
        int count = 0;
        while (nodes.find()) {
          count++;
        }
        assertThat(count).as("nodes drawn on %s", page).isLessThanOrEqualTo(300);
        assertThat(reply.body()).contains("id=\"vc-limited\"");
      }
    }
    teamsArePickedByName(browser);
    for (String part : new String[] {"/org-chart/tops", "/org-chart/people/p-0/reports", "/org-chart/people/p-9999/reports",
        "/org-chart/paths?person=p-99999", "/org-chart/paths?q=Person 99999", "/org-chart/paths?q=Person 1"}) {
      browser.get(part, "application/json");
      long start = System.nanoTime();
      Api.Reply reply = browser.get(part, "application/json");
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.err.println("At " + PEOPLE + " people, the org chart's " + part + " answered in " + millis + " ms, "
          + reply.body().length() + " characters");
      assertThat(reply.status()).as(part).isEqualTo(200);
      assertThat(reply.body().length()).as("the org chart's %s is a small part of the tree", part).isLessThan(20_000);
    }
  }

  /**
   * Beyond {@value TeamPicker#FEW} teams a picker is typed in: 20 suggestions in the model's order (Team 19,
   * Team 190 to 199, Team 1900 to 1908), a team picked by its name, a name of no team refused where it is said.
   */
  private static void teamsArePickedByName(Api browser) {
    Api.Reply found = browser.get("/pick/teams?scope=led&q=team 19", "application/json");
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().findValuesAsString("id")).hasSize(TeamPicker.SUGGESTED).startsWith("t-19", "t-190")
        .endsWith("t-1907", "t-1908");
    assertThat(browser.get("/listening/campaigns?team=TEAM 1999", "text/html").body())
        .contains("id=\"campaign-form\"").contains("name=\"team\" value=\"t-1999\"");
    Api.Reply wrong = browser.get("/listening/campaigns?team=Nobody&lang=en", "text/html");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body()).contains("id=\"campaign-team-error\"").contains("No team you may pick here is named")
        .doesNotContain("id=\"campaign-form\"");
  }
}
