package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.model.Team;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.ExampleModels;
import org.maillon.valuechain.TeamFigures;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the five actions in a real headless Chromium, on the demo model
 * ({@code examples/sme.yaml}), in English and in French: signed in, each page shows the diagnosis'
 * figures, draws its charts, and is saved as a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-pages-${random.uuid}",
    "maillon.admin-password=" + PagesBrowserIntegrationTests.PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserIntegrationTests {

  static final String PASSWORD = "pages-secret-for-tests";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired UserService users;

  Diagnosis diagnosis;
  String memberPerson;
  Browser manager;
  boolean seleniumCacheBefore;

  static final java.nio.file.Path SELENIUM_CACHE =
      java.nio.file.Path.of(System.getProperty("user.home"), ".cache", "selenium");

  @BeforeAll
  void importTheDemoModelAndSignIn() {
    Browser.assumeAvailable();
    seleniumCacheBefore = java.nio.file.Files.exists(SELENIUM_CACHE);
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    diagnosis = current.diagnosis();
    memberPerson = frontLineCollaborator(diagnosis);
    users.create("pages-manager", PASSWORD, Role.MANAGER, null);
    users.create("pages-member", PASSWORD, Role.MEMBER, memberPerson);
    manager = Browser.open(port, 1280, 900);
    manager.signIn("pages-manager", PASSWORD);
  }

  @AfterAll
  void closeTheBrowser() {
    if (manager != null) {
      manager.close();
    }
  }

  @Test
  void seleniumManagerNeverRan() {
    // Selenium Manager unpacks itself there before it looks for, or downloads, a browser or driver.
    org.junit.jupiter.api.Assumptions.assumeFalse(seleniumCacheBefore, "~/.cache/selenium existed before the tests");
    assertThat(SELENIUM_CACHE).doesNotExist();
  }

  /** A collaborator of a team that serves a final customer directly, who manages no one. */
  static String frontLineCollaborator(Diagnosis diagnosis) {
    for (int rank = 0; rank < diagnosis.personCount(); rank++) {
      PersonFigures person = diagnosis.person(rank);
      if (Integer.valueOf(1).equals(person.hopsToCustomer()) && person.directReports().isEmpty()
          && person.manager() != null) {
        return person.id();
      }
    }
    throw new AssertionError("The demo model has no front-line collaborator");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theHomePageShowsTheAntiValueChainAndTheFiveActions(String lang) {
    manager.get("/?lang=" + lang);
    HierarchyFigures hierarchy = diagnosis.hierarchy();

    assertThat(manager.find("html").getAttribute("lang")).isEqualTo(lang);
    assertThat(manager.text("#organization")).isEqualTo("Cuisines Bocage & Fils");
    assertThat(manager.text("[data-figure='home.fig.headcount']")).isEqualTo("500");
    assertThat(manager.text("[data-figure='home.fig.levels']")).isEqualTo("5")
        .isEqualTo(Integer.toString(hierarchy.levelsBetweenTopAndBase()));
    assertThat(manager.text("[data-figure='home.fig.levelsNeeded']")).isEqualTo("2");
    assertThat(manager.text("[data-figure='home.fig.excess']")).isEqualTo("3")
        .isEqualTo(Integer.toString(hierarchy.excessLevels()));
    assertThat(manager.text("[data-figure='home.fig.disconnected']"))
        .isEqualTo(Integer.toString(diagnosis.valueChain().disconnectedTeams().size()));
    assertThat(manager.all(".link-card")).hasSize(3);
    assertThat(manager.all(".actions .card")).hasSize(5);
    assertThat(manager.text("#link-technocratisation h2"))
        .isEqualTo(lang.equals("fr") ? "1. Technocratisation" : "1. Technocratisation");
    assertThat(manager.text("#link-obesity h2")).contains(lang.equals("fr") ? "Obésité hiérarchique" : "Hierarchical obesity");
    assertThat(manager.text("#link-technocratisation .findings"))
        .contains(diagnosis.findings().get(0).message(Locale.forLanguageTag(lang)));
    assertThat(manager.all("#link-obesity .findings a[href^='/people/']")).isNotEmpty();
    assertThat(manager.all("#link-technocratisation .findings a[href='/teams/audit-interne']")).hasSize(1);
    manager.screenshot("home-" + lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theHomePageOpensOnItsVerdictAndScoresEachLink(String lang) {
    boolean fr = lang.equals("fr");
    manager.get("/?lang=" + lang);

    assertThat(words("#verdict")).isEqualTo(fr
        ? "Maillon le plus faible : l'obésité hiérarchique — 5 niveaux là où 2 suffisent."
        : "Weakest link: hierarchical obesity — 5 levels where 2 would do.");
    assertThat(manager.all(".scoreboard .score-chip")).extracting(e -> e.getText().replaceAll("\\s+", " ")).containsExactly(
        "Technocratisation Fragile 82", "Bureaucratisation Fragile 69",
        fr ? "Obésité hiérarchique Faible 40" : "Hierarchical obesity Weak 40");
    assertThat(words("#link-obesity .link-score")).isEqualTo(fr ? "Faible 40 / 100" : "Weak 40 / 100");
    assertThat(words("#link-obesity .link-cost")).isEqualTo(fr ? "5 niveaux là où 2 suffisent" : "5 levels where 2 would do");
    assertThat(words("#link-technocratisation .link-cost")).isEqualTo(fr
        ? "2 fonctions support sur 11 ne servent pas le terrain" : "2 of 11 support teams do not serve the front line");
    WebElement noCritical = manager.find("#link-bureaucratisation .severities .badge");
    assertThat(noCritical.getText()).isEqualTo(fr ? "0 critique" : "0 critical");
    assertThat(noCritical.getAttribute("class")).contains("text-bg-secondary").doesNotContain("danger");
    manager.tap("#link-technocratisation .more a");
    assertThat(manager.path()).isEqualTo("/findings?link=technocratisation");
    assertThat(manager.all("#findings li")).hasSize((int) diagnosis.findings().stream()
        .filter(f -> f.link() == ChainLink.TECHNOCRATISATION).count());
    assertThat(words("h1")).isEqualTo(fr ? "Constats : Technocratisation" : "Findings: Technocratisation");
    manager.get("/?lang=" + lang);
    assertThat(words("main")).doesNotContainPattern("p-\\d{4}").doesNotContain("paiement-3x");
    assertThat(words("#centricity-index")).matches(".* \\d{1,3} / 100");
    assertThat(words("#nav-antiValueChain")).isEqualTo(fr ? "Anti-chaîne de valeur" : "Anti-value chain");
    assertThat(words("h1").toLowerCase(Locale.ROOT)).contains(fr ? "anti-chaîne de valeur" : "anti-value chain");
    assertThat(words("#action-teams .action-figure")).isEqualTo(fr
        ? "17 liens sur 43 n'énoncent ni exigence ni engagement" : "17 of 43 links state no expectation and no commitment");
    assertThat(manager.all(".actions a.next-step")).extracting(e -> e.getAttribute("pathname"))
        .containsExactly("/me", "/teams", "/support", "/customers", "/listening");
  }

  /** The visible words of an element, its white space collapsed as a browser shows it. */
  private String words(String css) {
    return manager.text(css).replaceAll("\\s+", " ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void aPersonsPlaceShowsTheirPathToTheFinalCustomerAndTheirManagers(String lang) {
    PersonFigures person = diagnosis.person(memberPerson).orElseThrow();
    manager.get("/people/" + memberPerson + "?lang=" + lang);

    assertThat(manager.text("#person-name")).isEqualTo(person.name());
    assertThat(manager.text("#hops")).isEqualTo(Integer.toString(person.hopsToCustomer()));
    assertThat(manager.text("#depth")).isEqualTo(Integer.toString(person.depth()));
    List<String> drawn = manager.all("#chain [data-node]").stream().map(e -> e.getAttribute("data-node")).toList();
    assertThat(drawn).isEqualTo(person.chain());
    assertThat(manager.all("#managers [data-person]")).hasSize(person.depth());
    assertThat(manager.find("#managers [data-person]").getAttribute("data-person"))
        .isEqualTo(diagnosis.hierarchy().tops().get(0).equals("p-0001") ? "p-0001" : diagnosis.hierarchy().tops().get(0));
    assertThat(manager.text("#person-team")).isEqualTo(diagnosis.team(person.team()).orElseThrow().name());
    manager.screenshot("place-" + lang);
  }

  @Test
  void aManagerWithoutAPersonPicksOne() {
    manager.get("/me?lang=en");
    assertThat(manager.path()).startsWith("/people");
    manager.find("#person-search").sendKeys("p-0001");
    manager.find("main form button[type=submit]").click();
    manager.await("#person-name");
    assertThat(manager.path()).startsWith("/people/p-0001");
    assertThat(manager.text("#hops")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theListOfTeamsNamesEveryTeam(String lang) {
    manager.get("/teams?lang=" + lang);
    List<String> names = manager.all("#teams tbody tr td:first-child a").stream().map(WebElement::getText).toList();
    assertThat(names).containsExactlyElementsOf(diagnosis.model().teams().stream()
        .sorted((a, b) -> a.id().compareTo(b.id())).map(Team::name).toList());
    assertThat(names).contains("Ventes en magasin", "Systèmes d'information", "Laboratoire d'innovation");
    manager.screenshot("teams-" + lang);
  }

  @Test
  void switchingTheLanguageKeepsTheSearchAndMarksTheSection() {
    manager.get("/teams?q=ventes&lang=en");
    assertThat(manager.all("#teams tbody tr")).hasSize(3);
    assertThat(manager.text(".navbar .nav-link.active")).isEqualTo("Value chain");
    assertThat(manager.text(".navbar .dropdown-item.active")).isEqualTo("Team cards");
    manager.find("a[lang='fr']").click();
    manager.await("html[lang='fr']");
    assertThat(manager.path()).contains("q=ventes").contains("lang=fr");
    assertThat(manager.all("#teams tbody tr")).hasSize(3);
    assertThat(manager.text(".navbar .nav-link.active")).isEqualTo("Chaîne de valeur");
    assertThat(manager.text(".navbar .dropdown-item.active")).isEqualTo("Fiches équipe");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void aTeamCardShowsSuppliersCustomersDutiesAndRequirements(String lang) {
    TeamFigures team = diagnosis.team("ventes-magasins").orElseThrow();
    manager.get("/teams/ventes-magasins?lang=" + lang);
    manager.awaitCharts();

    assertThat(manager.text("#team-name")).isEqualTo("Ventes en magasin");
    assertThat(manager.text("#hops")).isEqualTo(Integer.toString(team.hopsToCustomer()));
    assertThat(manager.text("#members")).isEqualTo(Integer.toString(team.members().size()));
    assertThat(manager.text("#uncovered-count")).isEqualTo(Integer.toString(team.uncoveredExpectations().size()));
    assertThat(manager.text("#unasked-count")).isEqualTo(Integer.toString(team.unaskedCommitments().size()));
    assertThat(manager.all("#suppliers li").size() + manager.all("#partners li").size())
        .isEqualTo(team.suppliers().size());
    assertThat(manager.all("#customers li").size() + manager.all("#final-customers li").size())
        .isEqualTo(team.customers().size());
    assertThat(manager.all("#customers-of-customers li")).hasSize(team.customersOfCustomers().size());
    assertThat(manager.all("#duties .card")).hasSize(team.customers().size());
    assertThat(manager.all("#requirements .card")).hasSize(team.suppliers().size());
    assertThat(manager.text("#final-customers")).contains("Particuliers (magasins)");
    manager.screenshot("team-card-" + lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void aDutyTowardATeamSaysWhatThatTeamCommitsToItsOwnCustomers(String lang) {
    manager.get("/teams/informatique?lang=" + lang);
    String online = manager.all("#duties .card").stream().map(card -> card.getAttribute("textContent"))
        .filter(text -> text.contains("Ventes en ligne")).findFirst().orElseThrow();
    assertThat(online.replaceAll("\\s+", " ")).contains(lang.equals("fr")
        ? "Envers Particuliers (vente en ligne) : Suivi de commande en temps réel sur le site · Chat avec un concepteur du lundi au samedi"
        : "Toward Particuliers (vente en ligne): Suivi de commande en temps réel sur le site · Chat avec un concepteur du lundi au samedi");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theHierarchyPageComparesTheLevelsWithTheLegion(String lang) {
    HierarchyFigures hierarchy = diagnosis.hierarchy();
    manager.get("/hierarchy?lang=" + lang);
    manager.awaitCharts();

    assertThat(manager.text("#headcount")).isEqualTo("500");
    assertThat(manager.text("#levels")).isEqualTo("5");
    assertThat(manager.text("#levels-needed")).isEqualTo("2");
    assertThat(manager.text("#excess-levels")).isEqualTo("3");
    assertThat(manager.text("#managers")).isEqualTo(Integer.toString(hierarchy.managers()));
    assertThat(manager.text("#officers")).isEqualTo(Integer.toString(hierarchy.officers()));
    assertThat(manager.all("#by-level tbody tr")).hasSize(hierarchy.headcountByLevel().size());
    assertThat(manager.all("#pass-through li")).hasSize(hierarchy.passThroughManagers().size());
    assertThat(manager.all("#narrow-span li")).hasSize(hierarchy.narrowSpanManagers().size());
    // sme.yaml: depths 0 to 6, so six levels have managers; the managing director leads 10 (range 9–12)
    assertThat(manager.all("#span-matrix tbody tr")).hasSize(6);
    assertThat(manager.all("#span-matrix tbody tr").get(0).getText().split("\\s+"))
        .containsExactly("1", "1", "0", "0", "0", "0", "1", "0", "10", lang.equals("fr") ? "10,0" : "10.0", "10");
    // the five team leaders of 22 operators, past the default maximum of 15
    assertThat(manager.all("#wide-span li")).hasSize(5);
    assertThat(manager.text("#wide-span")).contains(lang.equals("fr") ? "plus de 15" : "more than 15");
    assertThat(manager.text("#legion")).contains("60").contains(lang.equals("fr") ? "3 niveaux de trop" : "3 levels too many");
    manager.screenshot("hierarchy-" + lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theSupportPageShowsWhomSupportServesAndTheInversions(String lang) {
    manager.get("/support?lang=" + lang);
    manager.awaitCharts();

    assertThat(manager.text("#support-count")).isEqualTo(Integer.toString(diagnosis.valueChain().supportTeams()));
    assertThat(manager.all("#support-teams tbody tr")).hasSize(diagnosis.valueChain().supportTeams());
    assertThat(manager.text("#inversion-count")).isEqualTo(Integer.toString(diagnosis.valueChain().inversions().size()));
    assertThat(manager.text("#inversions")).contains("Ventes en magasin").contains("Finance et contrôle de gestion");
    assertThat(manager.all("#not-reaching li")).hasSize(diagnosis.valueChain().supportTeamsNotReachingFrontLine().size());
    assertThat(manager.text("#not-reaching")).contains("Cellule process et normes", "Audit interne");
    Object colours = manager.script("return echarts.getInstanceByDom(document.getElementById('support-chart'))"
        + ".getOption().series.map(function (s) { return s.itemStyle.color; });");
    assertThat(colours).as("the kinds' colours of the palette in maillon.css")
        .isEqualTo(List.of("#7a1fa8", "#1b7f3b", "#1f5fa8", "#a8641f"));
    manager.screenshot("support-" + lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theValueChainIsASearchableGraph(String lang) {
    manager.get("/value-chain?lang=" + lang);
    manager.awaitCharts();

    assertThat(manager.text("#fig-teams")).isEqualTo(Integer.toString(diagnosis.valueChain().teams()));
    assertThat(manager.text("#fig-links")).isEqualTo(Integer.toString(diagnosis.valueChain().links()));
    Number nodes = (Number) manager.script(
        "return JSON.parse(document.getElementById('value-chain-data').textContent).nodes.length;");
    assertThat(nodes.intValue()).isEqualTo(diagnosis.teamCount() + diagnosis.model().customers().size()
        + diagnosis.model().partners().size());
    manager.find("#vc-focus").sendKeys("Finance");
    manager.find("#vc-search button").click();
    assertThat(manager.find("#vc-search-result").getAttribute("data-node")).isEqualTo("finance");
    assertThat(manager.path()).startsWith("/value-chain");
    manager.screenshot("value-chain-" + lang);
  }

  @Test
  void aMemberLandsOnTheirOwnPlaceAndSeesNobodyElses() {
    try (Browser member = Browser.open(port, 1280, 900)) {
      member.signIn("pages-member", PASSWORD);
      member.get("/me?lang=en");
      assertThat(member.path()).startsWith("/people/" + memberPerson);
      assertThat(member.text("#hops")).isEqualTo("1");
      member.screenshot("member-place-en");

      member.get("/people/p-0001?lang=en");
      assertThat(member.all("#person-name")).isEmpty();
      assertThat(member.text("main h1")).isEqualTo("You cannot see this page");

      member.get("/hierarchy?lang=en");
      assertThat(member.text("#levels")).isEqualTo("5");
      member.get("/teams/ventes-magasins?lang=en");
      assertThat(member.text("#team-name")).isEqualTo("Ventes en magasin");
    }
  }

  @Test
  void thePagesFitAPhone() {
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("pages-manager", PASSWORD);
      for (String page : List.of("/", "/people/" + memberPerson, "/teams/ventes-magasins", "/hierarchy", "/support",
          "/value-chain", "/bureaucracy", "/customers", "/listening", "/listening/campaigns",
          "/teams/ventes-magasins/voice")) {
        phone.get(page + (page.contains("?") ? "&" : "?") + "lang=fr");
        if (!phone.all("[data-chart]").isEmpty()) {
          phone.awaitCharts();
        }
        Number overflow = (Number) phone.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow of %s", page).isLessThanOrEqualTo(1);
        assertThat(phone.find(".navbar-toggler").isDisplayed()).isTrue();
      }
      phone.get("/?lang=fr");
      phone.screenshot("phone-home-fr");
      phone.get("/teams/ventes-magasins?lang=fr");
      phone.awaitCharts();
      phone.screenshot("phone-team-card-fr");
      phone.get("/value-chain?lang=fr");
      phone.awaitCharts();
      phone.screenshot("phone-value-chain-fr");
    }
  }
}
