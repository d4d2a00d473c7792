package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewCampaign;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.ExampleModels;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding one's way in a headless Chromium on the demo model: people found by name, whose place is
 * titled with their name, the menu marking the section of a team's voice and index, a refused page
 * saying who may see it and whom to ask, campaigns leading to their results, and a sign-in page that
 * says what Maillon is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-wayfinding-${random.uuid}",
    "maillon.admin-password=" + WayfindingBrowserIntegrationTests.PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WayfindingBrowserIntegrationTests {

  static final String PASSWORD = "wayfinding-secret-for-tests";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;
  @Autowired ListeningService listening;
  Browser manager;

  @BeforeAll
  void signIn() {
    Browser.assumeAvailable();
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    users.create("way-manager", PASSWORD, Role.MANAGER, null);
    users.create("way-member", PASSWORD, Role.MEMBER, "p-0058");
    manager = Browser.open(port, 1280, 900);
    manager.signIn("way-manager", PASSWORD);
  }

  @AfterAll
  void close() {
    if (manager != null) {
      manager.close();
    }
  }

  @Test
  void aManagerFindsPeopleByNameAndSeesTheirPlaceTitledWithIt() {
    manager.get("/people?lang=en");
    manager.find("#person-search").sendKeys("thomas");
    manager.find("main form[role=search] button[type=submit]").click();
    manager.await("#person-results");
    List<String> found = manager.all("#person-results li > a:first-child").stream().map(WebElement::getText).toList();
    assertThat(found).contains("Thomas Nguyen", "Thomas Gérard", "Fabrice Thomas", "Chloé Thomas")
        .allSatisfy(name -> assertThat(name).containsIgnoringCase("thomas"));
    assertThat(manager.text("#person-results h2")).isEqualTo(found.size() + " people named “thomas”");
    manager.screenshot("people-search-en");

    manager.get("/people?q=chloe+thom&lang=fr");
    assertThat(manager.all("#person-results li > a:first-child")).extracting(WebElement::getText)
        .containsExactly("Chloé Thomas");
    manager.find("#person-results li > a").click();
    manager.await("#person-name");
    assertThat(manager.path()).startsWith("/people/p-0149");
    assertThat(manager.text("#place-title")).isEqualTo("La place de Chloé Thomas dans la chaîne");
    assertThat(manager.driver.getTitle()).isEqualTo("La place de Chloé Thomas dans la chaîne");
    assertThat(manager.text("main")).doesNotContain("Ma place", "Mon chemin");

    manager.get("/people/Thomas?lang=en");
    assertThat(manager.path()).startsWith("/people?q=Thomas");
    assertThat(manager.all("#person-results li")).hasSizeGreaterThanOrEqualTo(5);
    manager.get("/people?q=nobody-at-all&lang=en");
    assertThat(manager.text("#person-results h2")).isEqualTo("No one is named “nobody-at-all”.");
  }

  @Test
  void aMembersOwnPlaceIsTheirs() {
    try (Browser member = Browser.open(port, 390, 844)) {
      member.signIn("way-member", PASSWORD);
      member.get("/me?lang=en");
      assertThat(member.text("#place-title")).isEqualTo("My place in the chain");
      assertThat(member.text(".navbar .nav-link.active")).isEqualTo("My place");
      member.screenshot("phone-member-place-en");
    }
  }

  @Test
  void aTeamsVoiceAndIndexMarkTheirOwnSectionsOfTheMenu() {
    manager.get("/teams/ventes-magasins/voice?lang=en");
    assertThat(manager.find(".navbar .nav-link.active").getDomAttribute("id")).isEqualTo("nav-customers");
    assertThat(manager.find(".navbar .dropdown-item.active").getDomAttribute("href")).isEqualTo("/listening");
    manager.get("/teams/ventes-magasins/centricity?lang=en");
    assertThat(manager.find(".navbar .nav-link.active").getDomAttribute("id")).isEqualTo("nav-antiValueChain");
    assertThat(manager.find(".navbar .dropdown-item.active").getDomAttribute("href")).isEqualTo("/centricity");
    manager.get("/teams/ventes-magasins?lang=en");
    assertThat(manager.find(".navbar .dropdown-item.active").getDomAttribute("href")).isEqualTo("/teams");
  }

  @Test
  void aRefusedPageSaysWhoMaySeeItAndWhomToAsk() {
    try (Browser member = Browser.open(port, 1280, 900)) {
      member.signIn("way-member", PASSWORD);
      member.get("/users?lang=en");
      assertThat(member.text("main h1")).isEqualTo("You cannot see this page");
      assertThat(member.text("#forbidden-who"))
          .isEqualTo("This page is for admins only. You are signed in as way-member, with the role member.");
      assertThat(member.text("#forbidden-how")).isEqualTo("To get access, ask an admin to change your role: admin.");
      assertThat(member.text("main")).doesNotContain("Forbidden", "403");
      member.screenshot("forbidden-en");

      member.get("/people/p-0001?lang=fr");
      assertThat(member.text("main h1")).isEqualTo("Vous ne pouvez pas voir cette page");
      assertThat(member.text("#forbidden-who")).isEqualTo("Cette page est réservée aux managers et aux administrateurs."
          + " Vous êtes connecté en tant que way-member, avec le rôle membre.");
      assertThat(member.text("#forbidden-how")).contains("admin");
    }
    manager.get("/users?lang=en");
    assertThat(manager.text("#forbidden-who")).isEqualTo(
        "This page is for admins only. You are signed in as way-manager, with the role manager.");
  }

  @Test
  void anAdminLinksAUserToAPersonByName() {
    try (Browser admin = Browser.open(port, 1280, 900)) {
      admin.signIn("admin", PASSWORD);
      admin.get("/users?lang=en");
      admin.find("#new-username").sendKeys("way-chloe");
      admin.find("#new-password").sendKeys(PASSWORD);
      admin.find("#new-person").sendKeys("chloé thomas");
      admin.find("#new-person").submit();
      admin.await("#done");
    }
    assertThat(users.get("way-chloe").personId()).isEqualTo("p-0149");
  }

  @Test
  void campaignsLeadToTheirResults() {
    long campaign = listening.createCampaign(
        new NewCampaign("ventes-magasins", List.of("particuliers"), null, null, null), "tests").id();
    manager.get("/listening/campaigns?lang=en");
    assertThat(manager.find("#campaigns tr[data-campaign='" + campaign + "'] a.results").getDomAttribute("href"))
        .isEqualTo("/teams/ventes-magasins/voice");
    manager.get("/listening/campaigns/" + campaign + "?lang=en");
    assertThat(manager.text("#campaign-results")).isEqualTo("See what its customers answered");
    manager.find("#invitation-counts tr[data-customer='particuliers'] a").click();
    manager.await("#voice-title");
    assertThat(manager.path()).isEqualTo("/teams/ventes-magasins/voice?customer=particuliers");
  }

  @Test
  void theLongPagesAreSummarisedOnADesktop() {
    for (String lang : List.of("en", "fr")) {
      manager.get("/bureaucracy?lang=" + lang);
      manager.awaitCharts();
      assertThat(manager.all("#bureaucracy-toc a")).hasSize(5);
      assertThat(manager.find("#links-details").getDomAttribute("open")).isNull();
      manager.screenshot("bureaucracy-" + lang);
      manager.get("/pulse?lang=" + lang);
      manager.screenshot("pulse-" + lang);
    }
    manager.get("/bureaucracy?team=ventes-magasins&lang=en");
    assertThat(manager.find("#procedures-details").getDomAttribute("open")).as("one team's few procedures shown").isNotNull();
  }

  @Test
  void theSignInPageSaysWhatMaillonIsInBothLanguages() {
    try (Browser visitor = Browser.open(port, 390, 844)) {
      visitor.get("/login?lang=fr");
      assertThat(visitor.text("#login-about")).startsWith("Maillon montre qui sert qui dans votre entreprise");
      assertThat(visitor.find("main.sign-in img").getDomAttribute("src")).isEqualTo("/favicon.svg");
      assertThat(((Number) visitor.script("return document.querySelector('main.sign-in img').naturalWidth;")).intValue())
          .isPositive();
      visitor.screenshot("phone-login-fr");
      visitor.get("/login?lang=en");
      assertThat(visitor.text("#login-about")).startsWith("Maillon shows who serves whom in your company");
    }
  }
}
