package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin drafts a scenario from the org chart of the demo SME in a headless Chromium, removes the
 * middle layer and reads the figures move (500 people to 478, docs/scenarios.md), compares it with
 * a scenario that changes nothing, then promotes it: the history shows the new version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-scenario-browser-${random.uuid}",
    "maillon.admin-password=" + ScenarioBrowserIntegrationTests.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioBrowserIntegrationTests {

  static final String ADMIN_PASSWORD = "scenario-browser-secret";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  Browser browser;

  @BeforeAll
  void theSme() {
    Browser.assumeAvailable();
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    browser = Browser.open(port, 1280, 900);
    browser.signIn("admin", ADMIN_PASSWORD);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAdminDraftsOnTheOrgChartSeesTheFiguresMoveComparesAndPromotes() {
    browser.get("/hierarchy?lang=en");
    browser.find("#org-chart-scenario-name").sendKeys("Flatter");
    browser.tap("#org-chart-scenario button[type=submit]");
    browser.await("form.op-layer");
    String scenario = browser.path();
    assertThat(scenario).startsWith("/scenarios/");

    browser.find("#layer-depth").sendKeys("3");
    browser.tap("form.op-layer button");
    browser.await(".figures-moved");
    assertThat(browser.text("ol.operations")).isEqualTo("The managers at layer 3 leave");
    assertThat(browser.text(".figures-moved tbody tr:first-child")).contains("500").contains("478");

    browser.get("/scenarios");
    browser.find("#name").sendKeys("As it stands");
    browser.tap("form.new-scenario button");
    browser.await("ol.operations");
    browser.get("/scenarios");
    browser.tap("form.compare button");
    browser.await(".figures-compared");
    assertThat(browser.text(".figures-compared tbody tr:first-child")).contains("500").contains("478");

    browser.get(scenario);
    browser.find("#reason").sendKeys("One layer less");
    browser.tap("form.promote button");
    browser.await(".version-step");
    assertThat(browser.path()).startsWith("/model/history");
    assertThat(browser.text(".version-step .version-made")).isEqualTo("Scenario promoted — One layer less");
  }
}
