package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.DemoClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * On a phone (390 × 844), the demo's tables keep their words whole: a column too narrow scrolls
 * sideways in its wrapper rather than cutting "Answered" into "Answere d". A word is cut when its
 * letters lie on more than one line; hyphenated words may break at their hyphen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-table-words-${random.uuid}",
    "maillon.demo=true",
    "maillon.demo.model=../examples/sme.yaml"})
@Import(DemoClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableWordsBrowserIntegrationTests {

  private static final String PASSWORD = "a long password for tables";
  private static final String CUT_WORDS = """
      const cut = [];
      document.querySelectorAll('main td, main th').forEach(cell => {
        const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          for (const word of node.data.matchAll(/[^\\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
            if (lines.size > 1) cut.push(word[0]);
          }
        }
      });
      return cut;""";

  @LocalServerPort int port;
  @Autowired UserService users;

  @BeforeAll
  void aManager() {
    Browser.assumeAvailable();
    users.create("table-reader", PASSWORD, Role.MANAGER, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void tablesOnAPhoneCutNoWord(String lang) {
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("table-reader", PASSWORD);
      for (String page : List.of("/teams", "/listening", "/listening/campaigns", "/listening/conversations",
          "/bureaucracy", "/centricity", "/teams/ventes-magasins/centricity", "/pulse", "/customers", "/support")) {
        phone.get(page + "?lang=" + lang);
        assertThat((List<?>) phone.script(CUT_WORDS)).as("words cut on %s", page).isEmpty();
      }
      phone.get("/listening/campaigns?lang=" + lang);
      phone.screenshot("phone-tables-campaigns-" + lang);
      phone.get("/teams?lang=" + lang);
      phone.screenshot("phone-tables-teams-" + lang);
    }
  }
}
