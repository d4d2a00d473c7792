package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ExampleModels;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin drafts a scenario from the org chart of the demo SME in a headless Chromium and works on the
 * org chart of its result: removes the middle layer with its button and reads the figures move (500
 * people to 478, docs/scenarios.md), removes Justine Arnaud with a click on her line (477), drags Loïc
 * Martinez onto Océane Schmitt and the marketing team onto her too, drags the legal team onto finance
 * and confirms the merge, and moves Hugo Roux by keyboard
 * through the form; the value chain after is drawn beside the one before. Then compares it with a
 * scenario that changes nothing, and promotes it: the history shows the new version. The drags are the
 * browser's drag events dispatched on the lines (Selenium's dragAndDrop moves the mouse, which
 * Chromium does not turn into HTML drag and drop), so the page's own script handles them.
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

    chartReady();
    browser.loadingNext(() -> browser.tap("form.op-layer:has(input[name=depth][value='3']) button"));
    browser.await(".figures-moved");
    assertThat(browser.text("ol.operations")).isEqualTo("The managers at level 4 leave");
    assertThat(browser.text(".figures-moved tbody tr:first-child")).contains("500").contains("478");

    chartReady();
    browser.loadingNext(() -> browser.tap("li[data-person='p-0003'] > .org-row .org-remove"));
    assertThat(browser.text("ol.operations li:last-child")).isEqualTo("Justine Arnaud leaves");
    assertThat(browser.text(".figures-moved tbody tr:first-child")).contains("500").contains("477");

    chartReady();
    browser.loadingNext(() -> drag("li[data-person='p-0006'] > .org-row", "li[data-person='p-0005'] > .org-row"));
    assertThat(browser.text("ol.operations li:last-child")).isEqualTo("Loïc Martinez reports to Océane Schmitt");
    chartReady();
    browser.loadingNext(() -> drag(".scenario-team[data-team='marketing']", "li[data-person='p-0005'] > .org-row"));
    assertThat(browser.text("ol.operations li:last-child"))
        .isEqualTo("Marketing et communication is led by Océane Schmitt");

    chartReady();
    browser.script("window.confirm = function (question) { window.asked = question; return true; };");
    Object[] asked = new Object[1];
    browser.loadingNext(() -> asked[0] = drag(".scenario-team[data-team='juridique']", ".scenario-team[data-team='finance']"));
    assertThat(asked[0]).isEqualTo("Merge Juridique into Finance et contrôle de gestion?");
    assertThat(browser.text("ol.operations li:last-child")).isEqualTo("Juridique merges into Finance et contrôle de gestion");

    browser.find("#move-person").sendKeys("Hugo Roux");
    browser.find("#move-manager").sendKeys("Virginie Lucas");
    browser.loadingNext(() -> browser.find("#move-manager").sendKeys(Keys.ENTER));
    assertThat(browser.text("ol.operations li:last-child")).isEqualTo("Hugo Roux reports to Virginie Lucas");
    assertThat(browser.all("ol.operations li")).hasSize(6);

    chartReady();
    browser.awaitCharts();
    assertThat(browser.find("#chain-after").getAttribute("data-rendered")).isEqualTo("true");
    browser.screenshot("scenario-org-chart");

    browser.get("/scenarios");
    browser.find("#name").sendKeys("As it stands");
    browser.tap("form.new-scenario button");
    browser.await("ol.operations");
    browser.get("/scenarios");
    browser.tap("form.compare button");
    browser.await(".figures-compared");
    assertThat(browser.text(".figures-compared tbody tr:first-child")).contains("500").contains("477");

    browser.get(scenario);
    browser.find("#reason").sendKeys("One layer less");
    browser.tap("form.promote button");
    browser.await(".version-step");
    assertThat(browser.path()).startsWith("/model/history");
    assertThat(browser.text(".version-step .version-made")).isEqualTo("Scenario promoted — One layer less");
  }

  /** Waits until the org chart of the result has drawn its first levels, with the page's actions on them. */
  private void chartReady() {
    browser.await("#org-chart[data-ready='true'] .org-row[data-actions]");
  }

  /**
   * Drags one element onto another as the browser would: dragstart, dragover, then drop, sharing their data;
   * answers what the page asked to confirm, if it did (a stand-in {@code window.confirm} keeps it).
   */
  private Object drag(String from, String to) {
    return browser.script("""
        var data = new DataTransfer();
        function send(element, type) {
          element.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
        }
        send(arguments[0], 'dragstart');
        send(arguments[1], 'dragover');
        send(arguments[1], 'drop');
        return window.asked || null;
        """, browser.find(from), browser.find(to));
  }
}
