package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A model whose names hold HTML and script shows them as text on every page, in the HTML and in
 * the JSON the charts read: nothing of the model runs in the browser.
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

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;

  @Test
  void namesHoldingHtmlShowAsText() {
    Browser.assumeAvailable();
    organizations.importModel("evil.yaml", MODEL.getBytes(StandardCharsets.UTF_8), "tests", Locale.ENGLISH);
    users.create("escaping-manager", PASSWORD, Role.MANAGER, null);
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.signIn("escaping-manager", PASSWORD);

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
}
