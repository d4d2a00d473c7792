package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A model whose names hold HTML and script shows them as text on every page, in the HTML and in
 * the JSON the charts read: nothing of the model runs in the browser, and no name ends the JSON
 * block it is written in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-pages-escaping-${random.uuid}",
    "maillon.admin-password=" + PagesEscapingIntegrationTests.PASSWORD})
class PagesEscapingIntegrationTests {

  static final String PASSWORD = "escaping-secret-for-tests";
  static final String TEAM = "<b>Sales</b></script><script>window.pwned=1</script>";
  static final String CUSTOMER = "\"Retail\" & <i>co</i> '</script><img src=x onerror=window.pwned=2>";
  static final String PERSON = "<img src=x onerror=window.pwned=3>Camille";

  static final String MODEL = """
      organization: "<h1>Evil & Co</h1>"
      customers:
        - id: retail
          name: '%s'
      teams:
        - id: sales
          name: '%s'
          kind: front-line
        - id: it
          name: "IT <u>support</u>"
          kind: support
      people:
        - id: boss
          name: "Boss"
          team: it
        - id: camille
          name: '%s'
          team: sales
          manager: boss
      links:
        - from: sales
          to: retail
          delivers: "<em>Orders</em>"
          expectations:
            - id: fast
              text: "<script>window.pwned=4</script>Fast"
        - from: it
          to: sales
      """.formatted(CUSTOMER.replace("'", "''"), TEAM.replace("'", "''"), PERSON.replace("'", "''"));

  static final String COMMENT = "<!--<script>";
  static final String CLOSER = "</SCRIPT><script>alert(1)</script>";
  static final String SEPARATORS = "Line\u2028and paragraph\u2029separators";

  /** Names that, written raw in a JSON block, would end it or hide the rest of the page from the parser. */
  static final String ENDING_MODEL = """
      organization: Ending
      customers:
        - id: buyers
          name: "%s"
      teams:
        - id: comment
          name: '%s'
          kind: front-line
        - id: closer
          name: '%s'
          kind: core
      people:
        - id: lead
          name: Lead
          team: comment
        - id: dev
          name: Dev
          team: closer
          manager: lead
      links:
        - from: comment
          to: buyers
        - from: closer
          to: comment
      """.formatted(SEPARATORS.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"), COMMENT, CLOSER);

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;

  @Test
  void namesHoldingHtmlShowAsText() {
    try (Browser browser = managerOf("evil.yaml", MODEL, "escaping-manager")) {

      browser.get("/?lang=en");
      assertThat(browser.text("#organization")).isEqualTo("<h1>Evil & Co</h1>");

      browser.get("/teams/sales?lang=en");
      browser.awaitCharts();
      assertThat(browser.text("#team-name")).isEqualTo(TEAM);
      assertThat(browser.text("#final-customers")).isEqualTo(CUSTOMER);
      assertThat(browser.text("#uncovered")).contains("<script>window.pwned=4</script>Fast");
      assertThat(browser.script("return JSON.parse(document.getElementById('team-graph-data').textContent)"
          + ".nodes.map(function (n) { return n.name; }).join('|');")).asString().contains(TEAM).contains(CUSTOMER);
      browser.screenshot("escaping-team-card");

      browser.get("/people/camille?lang=en");
      assertThat(browser.text("#person-name")).isEqualTo(PERSON);

      browser.get("/value-chain?lang=en");
      browser.awaitCharts();
      assertThat(browser.script("return JSON.parse(document.getElementById('value-chain-data').textContent)"
          + ".nodes.map(function (n) { return n.name; }).join('|');")).asString().contains(TEAM).contains(CUSTOMER);
      browser.get("/support?lang=en");
      browser.awaitCharts();
      assertThat(browser.text("#support-teams")).contains("IT <u>support</u>");

      assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
    }
  }

  @Test
  void namesThatWouldEndAJsonBlockLeaveThePageWhole() {
    try (Browser browser = managerOf("ending.yaml", ENDING_MODEL, "ending-manager")) {

      browser.get("/value-chain?lang=en");
      browser.awaitCharts();
      assertThat(drawnNames(browser, "#value-chain-graph")).contains(COMMENT, CLOSER, SEPARATORS);
      assertWhole(browser);

      browser.get("/teams/comment?lang=en");
      browser.awaitCharts();
      assertThat(browser.text("#team-name")).isEqualTo(COMMENT);
      assertThat(drawnNames(browser, "#team-graph")).contains(COMMENT, CLOSER, SEPARATORS);
      assertWhole(browser);
    }
  }

  /** A browser signed in as a new manager of this model, made current. */
  private Browser managerOf(String fileName, String model, String manager) {
    Browser.assumeAvailable();
    organizations.importModel(fileName, model.getBytes(StandardCharsets.UTF_8), "tests", Locale.ENGLISH);
    users.create(manager, PASSWORD, Role.MANAGER, null);
    Browser browser = Browser.open(port, 1280, 900);
    browser.signIn(manager, PASSWORD);
    return browser;
  }

  /** The names in the graph ECharts drew from the page's JSON block. */
  @SuppressWarnings("unchecked")
  private static List<Object> drawnNames(Browser browser, String chart) {
    return (List<Object>) browser.script("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data"
        + ".map(function (n) { return n.name; });", browser.find(chart));
  }

  /** The page ends with its footer and its script, and no script of the model ran. */
  private static void assertWhole(Browser browser) {
    assertThat(browser.text("footer.bottom")).isNotEmpty();
    assertThat(browser.all("body > script[src*=bootstrap]")).hasSize(1);
    assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }
}
