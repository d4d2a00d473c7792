package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.system.NameSearch;
import org.maillon.server.teams.picker.TeamPicker;
import org.maillon.server.testing.Api;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The typed team picker in a headless Chromium, on the campaign form of an organisation of 242 teams
 * (more than {@value TeamPicker#FEW}, so no select): "Team 0" to "Team 239" (t-0 to t-239) and two
 * quality teams, "Qualité fournisseurs" (qa-1) and "Qualité clients" (qa-2), each serving the one final
 * customer. Typing "team 1" offers the first 20 of the 111 teams whose name begins so, in the model's
 * order (Team 1, Team 10 to 19, Team 100 to 108); typing "QUALITE" offers the two quality teams, case
 * and accents aside; the second chosen fills the field and its campaign is created. A name of no team is refused
 * under the picker, 422, and no campaign appears. Without scripts the team is typed by its id. An
 * earlier search answering after a later one leaves the later one's suggestions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-team-picker-browser-${random.uuid}",
    "maillon.admin-password=" + TeamPickerBrowserIntegrationTests.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamPickerBrowserIntegrationTests {

  static final String ADMIN_PASSWORD = "team-picker-browser-secret";
  static final int NUMBERED = 240;

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  Browser browser;
  Api api;

  /** The numbered teams, then the two quality teams; each led by its own person, who reports to p-0. */
  static byte[] manyTeams() {
    StringBuilder teams = new StringBuilder();
    StringBuilder people = new StringBuilder();
    StringBuilder links = new StringBuilder();
    for (int t = 0; t < NUMBERED + 2; t++) {
      String id = t < NUMBERED ? "t-" + t : "qa-" + (t - NUMBERED + 1);
      String name = t < NUMBERED ? "Team " + t : t == NUMBERED ? "Qualité fournisseurs" : "Qualité clients";
      String separator = t == 0 ? "" : ",";
      teams.append(separator).append("{\"id\":\"").append(id).append("\",\"name\":\"").append(name)
          .append("\",\"kind\":\"core\",\"lead\":\"p-").append(t).append("\"}");
      people.append(separator).append("{\"id\":\"p-").append(t).append("\",\"name\":\"Person ").append(t)
          .append("\",\"team\":\"").append(id).append(t == 0 ? "\"}" : "\",\"manager\":\"p-0\"}");
      links.append(separator).append("{\"from\":\"").append(id).append("\",\"to\":\"c-0\"}");
    }
    return ("{\"organization\":\"Many teams\",\"customers\":[{\"id\":\"c-0\",\"name\":\"Retail\"}],\"teams\":["
        + teams + "],\"people\":[" + people + "],\"links\":[" + links + "]}").getBytes(StandardCharsets.UTF_8);
  }

  @BeforeAll
  void manyTeamsAndAnAdmin() {
    Browser.assumeAvailable();
    organizations.importModel("many-teams.json", manyTeams(), "tests", Locale.ENGLISH);
    api = Api.on(port).as("admin", ADMIN_PASSWORD);
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
  void suggestionsAsOneTypesAndTheOneChosenIsTheCampaignsTeam() {
    browser.get("/listening/campaigns?lang=en");
    browser.await("#campaign-team[data-team-ready='true']");
    assertThat(browser.find("#campaign-team").getTagName()).isEqualTo("input");

    browser.find("#campaign-team").sendKeys("team 1");
    assertThat(suggested("team 1")).containsExactly("t-1", "t-10", "t-11", "t-12", "t-13", "t-14", "t-15", "t-16",
        "t-17", "t-18", "t-19", "t-100", "t-101", "t-102", "t-103", "t-104", "t-105", "t-106", "t-107", "t-108");

    browser.find("#campaign-team").clear();
    browser.find("#campaign-team").sendKeys("QUALITE");
    assertThat(suggested("QUALITE")).as("case and accents aside").containsExactly("qa-1", "qa-2");
    assertThat(browser.all("#campaign-team-teams option").stream().map(o -> o.getAttribute("value")))
        .containsExactly("Qualité fournisseurs", "Qualité clients");
    choose(2);
    assertThat(browser.find("#campaign-team").getAttribute("value")).isEqualTo("Qualité clients");
    assertThat(suggested("Qualité clients")).as("the list narrows to the team chosen").containsExactly("qa-2");

    browser.submit("#new-campaign form.search button[type=submit]");
    assertThat(browser.find("#campaign-form input[name=team]").getAttribute("value")).isEqualTo("qa-2");
    assertThat(browser.find("#campaign-team").getAttribute("value")).isEqualTo("Qualité clients");
    long campaign = created();
    assertThat(browser.text("main h1")).isEqualTo("Campaign of Qualité clients");
    assertThat(api.get("/api/campaigns/" + campaign).json().get("team").asString()).isEqualTo("qa-2");
  }

  @Test
  void aNameOfNoTeamIsRefusedUnderThePickerAndChangesNothing() {
    int campaigns = api.get("/api/campaigns").json().size();
    browser.get("/listening/campaigns?lang=en");
    browser.await("#campaign-team[data-team-ready='true']");
    browser.find("#campaign-team").sendKeys("Qualité usine");
    browser.submit("#new-campaign form.search button[type=submit]");

    assertThat(browser.script("return performance.getEntriesByType('navigation')[0].responseStatus;"))
        .isEqualTo(422L);
    assertThat(browser.text("#campaign-team-error"))
        .isEqualTo("No team you may pick here is named \"Qualité usine\" or has that id.");
    assertThat(browser.find("#campaign-team").getAttribute("value")).isEqualTo("Qualité usine");
    assertThat(browser.find("#campaign-team").getAttribute("class")).contains("is-invalid");
    assertThat(browser.all("#campaign-form")).isEmpty();
    assertThat(api.get("/api/campaigns").json().size()).isEqualTo(campaigns);
  }

  @Test
  void withoutScriptsTheTeamIsTypedByItsId() {
    try (Browser plain = Browser.withoutScripts(port, 1280, 900)) {
      plain.signIn("admin", ADMIN_PASSWORD);
      plain.get("/listening/campaigns?lang=en");
      assertThat(plain.find("#campaign-team").getAttribute("data-team-ready")).as("no script ran").isNull();
      plain.find("#campaign-team").sendKeys("t-42");
      plain.submit("#new-campaign form.search button[type=submit]");
      assertThat(plain.find("#campaign-team").getAttribute("value")).isEqualTo("Team 42");
      plain.find("#customer-c-0").click();
      plain.submit("#campaign-form button[type=submit]");
      assertThat(plain.text("main h1")).isEqualTo("Campaign of Team 42");
      String path = plain.path();
      assertThat(api.get("/api/campaigns/" + path.substring(path.lastIndexOf('/') + 1)).json().get("team").asString())
          .isEqualTo("t-42");
    }
  }

  /**
   * Suggestions answered out of order: the page's first search is held (a stand-in {@code fetch} answers
   * it only when released) while "team 10" is typed and answered; the first answering last leaves the
   * list of "team 10" (Team 10, Team 100 to 109) as it is.
   */
  @Test
  void anEarlierSearchAnsweringLastDoesNotReplaceTheSuggestions() {
    browser.get("/listening/campaigns?lang=en");
    browser.await("#campaign-team[data-team-ready='true']");
    browser.script("""
        var real = window.fetch;
        window.fetch = function (url, init) {
          if (window.release) {
            return real(url, init);
          }
          return new Promise(function (resolve) {
            window.release = function () {
              resolve(real(url, init).then(function (reply) {
                return { ok: reply.ok, json: function () {
                  return reply.json().then(function (teams) { window.answered = true; return teams; });
                } };
              }));
            };
          });
        };
        """);
    browser.find("#campaign-team").sendKeys("team 1");
    until("return typeof window.release === 'function';");
    browser.find("#campaign-team").sendKeys("0");
    List<String> tens = List.of("t-10", "t-100", "t-101", "t-102", "t-103", "t-104", "t-105", "t-106", "t-107",
        "t-108", "t-109");
    assertThat(suggested("team 10")).isEqualTo(tens);

    browser.script("window.release();");
    until("return window.answered === true;");
    assertThat(browser.all("#campaign-team-teams option").stream().map(o -> o.getAttribute("label")))
        .containsExactlyElementsOf(tens);
  }

  /** Waits until this script answers true in the page. */
  private void until(String condition) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(condition)));
  }

  /**
   * The ids the picker's list offers once the server answered what was typed: the page fills it after
   * a pause in typing, so it is read when every option's name begins with it, case aside.
   */
  private List<String> suggested(String typed) {
    String wanted = NameSearch.fold(typed);
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
      List<WebElement> options = browser.all("#campaign-team-teams option");
      return !options.isEmpty() && options.stream()
          .allMatch(o -> NameSearch.fold(o.getAttribute("value")).startsWith(wanted));
    });
    return browser.all("#campaign-team-teams option").stream().map(o -> o.getAttribute("label")).toList();
  }

  /**
   * Picks the suggestion at this place (from 1) as Chromium does when a reader clicks it: the field takes
   * the option's value and hears an input event that replaced its text. The list is the browser's own
   * popup, which a headless Chromium never draws, so neither the mouse nor the arrow keys reach it.
   */
  private void choose(int place) {
    browser.script("""
        var input = arguments[0];
        input.value = arguments[1].value;
        input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertReplacementText'}));
        """, browser.find("#campaign-team"), browser.find("#campaign-team-teams option:nth-child(" + place + ")"));
  }

  /** Ticks the team's customer, creates the campaign, and answers its id, read from the page it opens. */
  private long created() {
    browser.find("#customer-c-0").click();
    browser.submit("#campaign-form button[type=submit]");
    String path = browser.path();
    assertThat(path).startsWith("/listening/campaigns/");
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }
}
