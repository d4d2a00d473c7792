package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.actions.ActionService;
import org.maillon.server.actions.NewAction;
import org.maillon.server.demo.DemoUserTexts;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.scenarios.ScenarioService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserAccount;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.DemoClockConfiguration;
import org.maillon.server.web.Tour.Stop;
import org.maillon.server.web.Tour.Visitor;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The acceptance walk: every page of the {@link Tour}, on the demo organisation, in English and in
 * French, in a real headless Chromium at desktop (1280×900) and phone (390×844) size. Each page is
 * saved as {@code target/screenshots/NAME-LANG-SIZE.png}, and its first desktop screen in English,
 * scaled down, as {@code target/screenshots/pages/NAME.png} for {@code docs/pages.md}. On the desktop
 * every page is checked once per language with axe-core against WCAG 2.1 A and AA: no serious or
 * critical violation, the page's language declared, every chart given a text equivalent, and no
 * leftover of the engine's vocabulary or of the other language; on the phone, nothing scrolls the
 * page sideways. All the problems of all the pages are reported at once. The demo's clock is
 * stopped, so the pictures are the same run after run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-walk-${random.uuid}",
    "maillon.demo=true",
    "maillon.demo.model=../examples/sme.yaml"})
@Import(DemoClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesWalkBrowserIntegrationTests {

  static final String PASSWORD = "walk-secret-for-tests";
  static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  static final Set<String> BLOCKING = Set.of("serious", "critical");
  static final LeftoverVocabulary WORDS = LeftoverVocabulary.ofTheDemoWith(DemoUserTexts.all());

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ListeningService listening;
  @Autowired ActionService actions;
  @Autowired ScenarioService scenarios;

  List<Stop> stops;

  @BeforeAll
  void meetTheDemo() {
    Browser.assumeAvailable();
    String member = users.all().stream().filter(user -> user.role() == Role.MEMBER).map(UserAccount::personId)
        .findFirst().orElseThrow();
    users.create("walk-admin", PASSWORD, Role.ADMIN, null);
    users.create("walk-member", PASSWORD, Role.MEMBER, member);
    long campaign = listening.campaigns(Tour.TEAM).stream()
        .filter(survey -> survey.customers().contains(Tour.CUSTOMER)).findFirst().orElseThrow().id();
    String token = listening.invite(campaign, NewInvitations.count(Tour.CUSTOMER, 1)).get(0).token();
    // -Dwalk.pages=home,team walks only those pages, while one page is being fixed
    Set<String> only = Set.of(System.getProperty("walk.pages", "").split(","));
    long action = actions.create(new NewAction("Raccourcir le circuit des remises", null, Tour.TEAM, null, null,
        "Deux signatures au lieu de quatre.", null, null), UsernamePasswordAuthenticationToken.authenticated("walk-admin",
        null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())))).id();
    String scenario = scenarios.create("Un niveau de moins", "walk-admin", Locale.FRENCH).id();
    scenarios.save(scenario, "{\"operations\":[{\"removeLayer\":3},{\"moveTeam\":{\"team\":\"marketing\","
        + "\"lead\":\"p-0005\"}}]}", Locale.FRENCH);
    stops = Tour.stops(new Tour.Demo(member, "p-0001", campaign, token, "walk-member", action, scenario)).stream()
        .filter(stop -> only.equals(Set.of("")) || only.contains(stop.name())).toList();
  }

  @Test
  void everyPageInBothLanguagesMeetsWcagAaAndIsPictured() {
    List<String> problems = new ArrayList<>();
    try (Browser desktop = Browser.viewport(port, 1280, 900); Browser phone = Browser.viewport(port, 390, 844)) {
      Visitor signedIn = null;
      for (Stop stop : stops) {
        if (stop.visitor() != signedIn) {
          signedIn = stop.visitor();
          enter(desktop, signedIn);
          enter(phone, signedIn);
        }
        for (String language : Tour.LANGUAGES) {
          String where = stop.name() + " (" + stop.in(language) + ")";
          show(desktop, stop, language, problems);
          problems.addAll(declaredLanguage(desktop, language, where));
          problems.addAll(chartsWithoutText(desktop, where));
          problems.addAll(axe(desktop, where));
          problems.addAll(leftovers(desktop, language, where));
          if (language.equals("en")) {
            desktop.firstScreen(stop.name(), 800);
          }
          desktop.screenshot(stop.name() + "-" + language + "-desktop");
          show(phone, stop, language, problems);
          problems.addAll(sideways(phone, where));
          phone.screenshot(stop.name() + "-" + language + "-phone");
        }
      }
    }
    assertThat(problems).as("%d problems on the pages:%n%s", problems.size(), String.join("\n", problems))
        .isEmpty();
  }

  private static void enter(Browser browser, Visitor visitor) {
    browser.driver.manage().deleteAllCookies();
    switch (visitor) {
      case MEMBER -> browser.signIn("walk-member", PASSWORD);
      case ADMIN -> browser.signIn("walk-admin", PASSWORD);
      case ANONYMOUS -> { }
    }
  }

  private static void show(Browser browser, Stop stop, String language, List<String> problems) {
    browser.get(stop.in(language));
    try {
      browser.awaitCharts();
    } catch (TimeoutException e) {
      problems.add(stop.name() + " " + language + ": a chart was not drawn");
    }
  }

  /** What axe says is wrong with the element (a contrast's colours and ratio), else the rule's help. */
  private static String summary(CheckedNode node, Rule rule) {
    String summary = node.getFailureSummary();
    if (summary == null || summary.isBlank()) {
      return rule.getHelp();
    }
    return summary.replaceFirst("^Fix (any|all) of the following:\\s*", "").replaceAll("\\s+", " ").trim();
  }

  /** WCAG 2.1's reflow (1.4.10): a phone never scrolls the page sideways; a wide table scrolls in its own box. */
  private static List<String> sideways(Browser phone, String where) {
    Number overflow = (Number) phone.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    return overflow.intValue() > 1 ? List.of(where + ": on a phone the page scrolls sideways by " + overflow + " px")
        : List.of();
  }

  private static List<String> declaredLanguage(Browser browser, String language, String where) {
    String declared = browser.find("html").getAttribute("lang");
    return language.equals(declared) ? List.of() : List.of(where + ": the page declares lang=" + declared);
  }

  /**
   * The charts without a text equivalent: each needs a name (aria-label) and a description
   * (aria-describedby) naming an element of the page that holds its figures as text, a table or a
   * summary.
   */
  @SuppressWarnings("unchecked")
  private static List<String> chartsWithoutText(Browser browser, String where) {
    List<String> charts = (List<String>) browser.script("""
        return Array.from(document.querySelectorAll('[data-chart]')).filter(function (chart) {
          var text = (chart.getAttribute('aria-describedby') || '').split(/\\s+/).map(function (id) {
            var described = id && document.getElementById(id);
            return described ? described.textContent.trim() : '';
          }).join('');
          return !chart.getAttribute('aria-label') || text === '';
        }).map(function (chart) { return chart.id || chart.getAttribute('data-chart'); });""");
    return charts.stream().map(chart -> where + ": the chart " + chart + " has no name or no text equivalent"
        + " (aria-label, aria-describedby to a table or summary)").toList();
  }

  /**
   * What the page shows of the engine's vocabulary or of the other language ({@link LeftoverVocabulary}),
   * leaving out what the demo's users wrote and what the page marks {@code translate="no"}.
   */
  private static List<String> leftovers(Browser browser, String language, String where) {
    String text = (String) browser.script("""
        var own = Array.from(document.querySelectorAll('[translate=no]:not([hidden])'));
        own.forEach(function (element) { element.hidden = true; });
        var text = document.body.innerText;
        own.forEach(function (element) { element.hidden = false; });
        return text;""");
    return WORDS.find(text, Locale.forLanguageTag(language)).stream().map(found -> where + ": " + found).toList();
  }

  /** axe-core's serious and critical violations of WCAG 2.1 A and AA, one line per element. */
  private static List<String> axe(Browser browser, String where) {
    List<String> found = new ArrayList<>();
    for (Rule rule : new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver).getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
        if (BLOCKING.contains(impact)) {
          found.add(where + ": " + rule.getId() + " (" + impact + ") at " + node.getTarget() + " — "
              + summary(node, rule));
        }
      }
    }
    return found;
  }
}
