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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The grouped menu in a headless Chromium: every page of the former menu is still linked, a group
 * opens and is walked with the keyboard alone, and on a phone the collapsed menu opens, a group
 * unfolds inside it and an entry is tapped; the group of the page shown is marked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-nav-browser-${random.uuid}",
    "maillon.admin-password=" + NavBrowserIntegrationTests.PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavBrowserIntegrationTests {

  static final String PASSWORD = "nav-browser-secret-for-tests";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;
  Browser desktop;

  @BeforeAll
  void signIn() {
    Browser.assumeAvailable();
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    users.create("nav-manager", PASSWORD, Role.MANAGER, null);
    users.create("nav-member", PASSWORD, Role.MEMBER, null);
    desktop = Browser.open(port, 1280, 900);
    desktop.signIn("nav-manager", PASSWORD);
  }

  @AfterAll
  void close() {
    if (desktop != null) {
      desktop.close();
    }
  }

  @Test
  void everyPageOfTheFormerMenuIsLinkedAndTheModelOnlyForManagers() {
    List<String> pages = List.of("/", "/me", "/teams", "/support", "/hierarchy", "/value-chain", "/bureaucracy",
        "/customers", "/me/customers", "/listening", "/centricity", "/pulse", "/model", "/api/docs");
    desktop.get("/?lang=en");
    assertThat(links(desktop)).containsAll(pages);
    try (Browser member = Browser.open(port, 1280, 900)) {
      member.signIn("nav-member", PASSWORD);
      member.get("/?lang=fr");
      assertThat(links(member)).containsAll(pages.stream().filter(p -> !p.equals("/model")).toList())
          .doesNotContain("/model");
      assertThat(member.text("#nav-chain")).isEqualTo("Chaîne de valeur");
    }
  }

  @Test
  void aGroupOpensAndIsWalkedWithTheKeyboard() {
    desktop.get("/?lang=en");
    assertThat(desktop.find("#nav-customers + .dropdown-menu").isDisplayed()).isFalse();
    desktop.find("#nav-customers").sendKeys(Keys.ENTER);
    awaitShown(desktop, "#nav-customers + .dropdown-menu");
    desktop.find("#nav-customers").sendKeys(Keys.ARROW_DOWN);
    assertThat(focused(desktop).getText()).isEqualTo("Customer cards");
    focused(desktop).sendKeys(Keys.ARROW_DOWN);
    focused(desktop).sendKeys(Keys.ARROW_DOWN);
    assertThat(focused(desktop).getText()).isEqualTo("Listening");
    focused(desktop).sendKeys(Keys.ENTER);

    new WebDriverWait(desktop.driver, Duration.ofSeconds(10)).until(d -> desktop.path().startsWith("/listening"));
    assertThat(desktop.text(".navbar .nav-link.active")).isEqualTo("Customers");
    assertThat(desktop.text(".navbar .dropdown-item.active")).isEqualTo("Listening");
    assertThat(desktop.find(".navbar .dropdown-item.active").getAttribute("aria-current")).isEqualTo("page");
  }

  @Test
  void onAPhoneTheCollapsedMenuOpensAGroupAndLeadsToItsPage() {
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("nav-manager", PASSWORD);
      phone.get("/?lang=fr");
      assertThat(phone.find("#nav-antiValueChain").isDisplayed()).isFalse();
      phone.tap(".navbar-toggler");
      phone.await("#main-nav.collapse.show");
      phone.tap("#nav-antiValueChain");
      awaitShown(phone, "#nav-antiValueChain + .dropdown-menu a[href='/pulse']");
      Number overflow = (Number) phone.script(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow.intValue()).isLessThanOrEqualTo(1);
      phone.screenshot("phone-menu-fr");
      phone.tap("#nav-antiValueChain + .dropdown-menu a[href='/pulse']");

      new WebDriverWait(phone.driver, Duration.ofSeconds(10)).until(d -> phone.path().startsWith("/pulse"));
      assertThat(phone.text(".navbar .nav-link.active")).isEqualTo("Anti-chaîne de valeur");
      assertThat(phone.text(".navbar .dropdown-item.active")).isEqualTo("Baromètre de bureaucratie");
    }
  }

  private static List<String> links(Browser browser) {
    return browser.all(".navbar a[href]").stream().map(a -> a.getDomAttribute("href")).toList();
  }

  private static WebElement focused(Browser browser) {
    return browser.driver.switchTo().activeElement();
  }

  private static void awaitShown(Browser browser, String css) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.cssSelector(css)).isDisplayed());
  }
}
