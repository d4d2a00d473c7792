package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.ExampleModels;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The org chart in a headless Chromium on the demo SME: on the hierarchy page a manager is opened and
 * closed, a person searched by name is highlighted with their managers open; on a person's place the
 * tree opens down to them, their reports below; a span wider than a page shows its first reports and
 * loads more; names only, never ids; members get no org chart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-orgchart-browser-${random.uuid}",
    "maillon.admin-password=" + OrgChartBrowserIntegrationTests.PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgChartBrowserIntegrationTests {

  static final String PASSWORD = "orgchart-browser-secret-for-tests";
  /** Thomas Nguyen's managers, from the top: Camille Martin, Océane Schmitt, Aurélie Martinez, Nicolas Gautier, Nathalie Laurent. */
  static final List<String> MANAGERS_OF_THOMAS = List.of("p-0001", "p-0005", "p-0051", "p-0056", "p-0057");

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;
  Browser desktop;

  @BeforeAll
  void signIn() {
    Browser.assumeAvailable();
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    users.create("chart-manager", PASSWORD, Role.MANAGER, null);
    users.create("chart-member", PASSWORD, Role.MEMBER, "p-0058");
    desktop = Browser.open(port, 1280, 900);
    desktop.signIn("chart-manager", PASSWORD);
  }

  @AfterAll
  void close() {
    if (desktop != null) {
      desktop.close();
    }
  }

  @Test
  void onTheHierarchyPageAManagerOpensAndAPersonFoundByNameIsHighlightedWithTheirManagersOpen() {
    desktop.get("/hierarchy?lang=en");
    awaitReady(desktop);
    assertThat(desktop.text(node("p-0001") + " > .org-row .org-name")).isEqualTo("Camille Martin");
    assertThat(desktop.find(node("p-0005") + " > .org-row").isDisplayed()).isTrue();
    assertThat(desktop.find(node("p-0005") + " > ul").isDisplayed()).isFalse();

    desktop.tap(node("p-0005") + " > .org-row .org-toggle");
    new WebDriverWait(desktop.driver, Duration.ofSeconds(10))
        .until(d -> desktop.find(node("p-0005") + " > ul").isDisplayed());
    assertThat(desktop.find(node("p-0005") + " > .org-row .org-toggle").getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(desktop.text(node("p-0051") + " > .org-row .org-name")).isEqualTo("Aurélie Martinez");
    desktop.tap(node("p-0005") + " > .org-row .org-toggle");
    assertThat(desktop.find(node("p-0005") + " > ul").isDisplayed()).isFalse();

    search(desktop, "thomas nguyen");
    assertFoundWithManagersOpen(desktop, "p-0058", "Thomas Nguyen", MANAGERS_OF_THOMAS);
    assertThat(desktop.text("#org-chart-status")).startsWith("Found: Thomas Nguyen.");
    assertThat(desktop.driver.switchTo().activeElement().getText()).isEqualTo("Thomas Nguyen");
    assertThat(desktop.all("#org-chart-tree .org-span.span-wide")).isNotEmpty()
        .allSatisfy(badge -> assertThat(badge.getText()).endsWith("above the target of 8"));
    assertNamesOnly(desktop);
    desktop.screenshot("orgchart-hierarchy-desktop-en");

    search(desktop, "Thomas");
    assertThat(desktop.text("#org-chart-status")).contains("Also found (");
    desktop.tap("#org-chart-status .org-also");
    new WebDriverWait(desktop.driver, Duration.ofSeconds(10))
        .until(d -> !desktop.text(".org-found > .org-row .org-name").equals("Thomas Nguyen"));
    assertThat(desktop.all(".org-found")).hasSize(1);
    assertThat(desktop.text(".org-found > .org-row .org-name")).contains("Thomas");
  }

  @Test
  void onAPersonsPlaceTheTreeOpensDownToThemWithTheirReportsOnAPhoneInFrench() {
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("chart-manager", PASSWORD);
      phone.get("/people/p-0057?lang=fr");
      awaitReady(phone);
      assertFoundWithManagersOpen(phone, "p-0057", "Nathalie Laurent", MANAGERS_OF_THOMAS.subList(0, 4));
      assertThat(phone.find(node("p-0057") + " > ul").isDisplayed()).isTrue();
      assertThat(phone.text(node("p-0058") + " > .org-row .org-name")).isEqualTo("Thomas Nguyen");
      assertThat(phone.text("#org-chart h2")).isEqualTo("Organigramme");
      assertThat(phone.text(node("p-0058") + " > .org-row .org-facts")).isEqualTo("niveau 6");
      phone.screenshot("orgchart-place-phone-fr");
      assertThat(((Number) phone.script(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue()).isZero();
      assertNamesOnly(phone);

      phone.find("#org-chart-name").sendKeys("Chloé Thomas", Keys.ENTER);
      new WebDriverWait(phone.driver, Duration.ofSeconds(10))
          .until(d -> phone.all(node("p-0149") + ".org-found").size() == 1);
      assertThat(phone.text("#org-chart-status")).isEqualTo("Trouvé : Chloé Thomas.");
      assertThat(phone.all(".org-found")).hasSize(1);
    }
  }

  @Test
  void aSpanWiderThanAPageShowsItsFirstReportsAndLoadsMore() {
    organizations.importModel("legion.yaml", ExampleModels.bytes("legion.yaml"), "tests", Locale.ENGLISH);
    try {
      desktop.get("/people/p-0020?lang=en");
      awaitReady(desktop);
      String reports = node("p-0020") + " > ul > li";
      assertThat(desktop.all(reports + ".org-node")).hasSize(25);
      assertThat(desktop.text(reports + ".org-more button")).isEqualTo("Show 122 more");
      desktop.tap(reports + ".org-more button");
      new WebDriverWait(desktop.driver, Duration.ofSeconds(10)).until(d -> desktop.all(reports + ".org-node").size() == 125);
      assertThat(desktop.text(reports + ".org-more button")).isEqualTo("Show 22 more");
      desktop.tap(reports + ".org-more button");
      new WebDriverWait(desktop.driver, Duration.ofSeconds(10)).until(d -> desktop.all(reports + ".org-node").size() == 147);
      assertThat(desktop.all(reports + ".org-more")).isEmpty();
      assertThat(desktop.text(node("p-0020") + " > .org-row .org-span")).isEqualTo("147 direct reports, above the target of 18");
    } finally {
      organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    }
  }

  @Test
  void membersGetNoOrgChart() {
    try (Browser member = Browser.open(port, 1280, 900)) {
      member.signIn("chart-member", PASSWORD);
      member.get("/hierarchy?lang=en");
      assertThat(member.all("#org-chart")).isEmpty();
      member.get("/people/p-0058?lang=en");
      assertThat(member.all("#org-chart")).isEmpty();
    }
  }

  private static String node(String id) {
    return "li[data-person='" + id + "']";
  }

  private static void awaitReady(Browser browser) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> "true".equals(browser.find("#org-chart").getAttribute("data-ready")));
  }

  private static void search(Browser browser, String name) {
    browser.find("#org-chart-name").clear();
    browser.find("#org-chart-name").sendKeys(name);
    browser.tap("#org-chart-search button");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !browser.all(".org-found").isEmpty()
        && browser.text("#org-chart-status").contains(browser.text(".org-found > .org-row .org-name")));
  }

  private static void assertFoundWithManagersOpen(Browser browser, String id, String name, List<String> managers) {
    assertThat(browser.all(".org-found")).hasSize(1);
    assertThat(browser.find(".org-found").getAttribute("data-person")).isEqualTo(id);
    assertThat(browser.text(".org-found > .org-row .org-name")).isEqualTo(name);
    assertThat(browser.find(".org-found > .org-row .org-name").isDisplayed()).isTrue();
    assertThat(browser.find(".org-found > .org-row .org-name").getAttribute("aria-current")).isEqualTo("true");
    for (String manager : managers) {
      assertThat(browser.find(node(manager) + " > .org-row .org-toggle").getAttribute("aria-expanded"))
          .as(manager).isEqualTo("true");
      assertThat(browser.find(node(manager) + " > ul").isDisplayed()).as(manager).isTrue();
    }
  }

  private static void assertNamesOnly(Browser browser) {
    assertThat(browser.find("#org-chart").getText()).doesNotContainPattern("p-\\d{4}").doesNotContain("layer");
  }
}
