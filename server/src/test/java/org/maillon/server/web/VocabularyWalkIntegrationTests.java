package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillon.server.demo.DemoUserTexts;
import org.maillon.server.scenarios.ScenarioService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.DemoClockConfiguration;
import org.maillon.server.testing.PageText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every page of the demo, reached as an admin follows the links from home, in French and in
 * English: none shows a finding code, an id, a setting name, a symbol or a word of the other
 * language. What the demo's users wrote, in either language, is theirs to keep, and so are the
 * elements a page marks {@code translate="no"}. Pages of one shape (a person's place, a team's
 * card) are read up to a few dozen times: enough to meet every kind of leftover without reading
 * 500 places.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-vocabulary-${random.uuid}",
    "maillon.demo=true",
    "maillon.demo.model=../examples/sme.yaml"})
@Import(DemoClockConfiguration.class)
class VocabularyWalkIntegrationTests {

  private static final String PASSWORD = "a walker's long password";
  /** An element the page marks as the user's own words, not to translate (a theme taken from verbatims). */
  private static final Pattern USERS_WORDS = Pattern.compile("(?s)<(\\w+)\\b[^>]*\\btranslate=\"no\"[^>]*>.*?</\\1>");
  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Set<String> COLLECTIONS = Set.of("people", "teams", "customers", "campaigns", "users");
  private static final int PER_SHAPE = 25;
  private static final LeftoverVocabulary CHECK = LeftoverVocabulary.ofTheDemoWith(DemoUserTexts.all());

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ScenarioService scenarios;

  @Test
  void noPageShowsTheEnginesVocabularyInFrench() {
    assertThat(walk(Locale.FRENCH)).isEmpty();
  }

  @Test
  void noPageShowsTheEnginesVocabularyInEnglish() {
    assertThat(walk(Locale.ENGLISH)).isEmpty();
  }

  /** The leftovers of every page reached from home, each with its page. */
  private List<String> walk(Locale language) {
    String username = "walker-" + language.getLanguage();
    users.create(username, PASSWORD, Role.ADMIN, null);
    drafted(username, language);
    Api browser = Api.signedIn(port, username, PASSWORD);
    browser.get("/?lang=" + language.getLanguage(), "text/html");
    List<String> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Integer> shapes = new HashMap<>();
    Deque<String> toRead = new ArrayDeque<>(List.of("/"));
    while (!toRead.isEmpty()) {
      String path = toRead.poll();
      Reply page = browser.get(path, "text/html");
      if (page.status() >= 500) {
        problems.add(path + ": answered " + page.status());
      }
      if (page.status() != 200 || page.type() == null || !page.type().getSubtype().equals("html")) {
        continue;
      }
      for (String problem : CHECK.find(visible(page.body()), language)) {
        problems.add(path + ": " + problem);
      }
      Matcher link = HREF.matcher(page.body());
      while (link.find()) {
        String next = link.group(1).replace("&amp;", "&").replaceAll("[?&]lang=[a-z]+$", "");
        if (readable(next) && seen.add(next) && shapes.merge(shape(next), 1, Integer::sum) <= PER_SHAPE) {
          toRead.add(next);
        }
      }
    }
    assertThat(seen).as("pages reached").hasSizeGreaterThan(50);
    return problems;
  }

  /** A scenario the walker drafted, so that its page, linked from their list, is read too. */
  private void drafted(String username, Locale language) {
    String id = scenarios.create("Un niveau de moins", username, language).id();
    scenarios.save(id, "{\"operations\":[{\"removeLayer\":3},{\"mergeTeams\":{\"into\":\"finance\","
        + "\"from\":\"juridique\"}},{\"moveTeam\":{\"team\":\"marketing\",\"lead\":\"p-0005\"}}]}", language);
  }

  private static String visible(String html) {
    return PageText.visible(USERS_WORDS.matcher(html).replaceAll(" ")).replace("&nbsp;", " ");
  }

  private static boolean readable(String path) {
    return !path.startsWith("/api") && !path.startsWith("/actuator") && !path.startsWith("/webjars")
        && !path.startsWith("/css") && !path.startsWith("/js") && !path.startsWith("/logout")
        && !path.startsWith("/model/export") && !path.startsWith("/favicon") && !path.startsWith("/swagger")
        && !path.startsWith("/v3");
  }

  /** A path with the ids of its collections blanked, so that every team card has one shape. */
  private static String shape(String path) {
    String[] segments = path.split("\\?")[0].split("/");
    for (int i = 1; i < segments.length; i++) {
      if (COLLECTIONS.contains(segments[i - 1])) {
        segments[i] = "*";
      }
    }
    return String.join("/", segments);
  }
}
