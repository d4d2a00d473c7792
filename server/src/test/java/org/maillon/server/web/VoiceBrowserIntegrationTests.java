package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.storage.Timestamps;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A team's voice page and the listening overview in a headless Chromium the size of a phone: the
 * NPS computed by hand reads on the page with its verdict, its interval in words and its latest
 * quarter, a single quarter is said rather than drawn, verbatims are listed once with their count
 * and unmarked below the threshold, a verbatim written as HTML shows as text, and nothing overflows
 * the width.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoiceBrowserIntegrationTests {

  static final Instant AT = Instant.parse("2026-02-03T10:00:00Z");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;

  @BeforeAll
  void sixResponsesOfLogistics() {
    Browser.assumeAvailable();
    ExampleModels.smeIsCurrent(organizations, current);
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO campaigns (team, cadence_days, anonymity_threshold, created_at, created_by)
            VALUES ('logistique', 90, 6, :at, 'tests')""").param("at", Timestamps.param(AT))
        .update(keys, "id");
    long campaign = keys.getKeyAs(Number.class).longValue();
    jdbc.sql("INSERT INTO campaign_questions (campaign_id, position, type) VALUES (:id, 0, 'nps'), (:id, 1, 'text')")
        .param("id", campaign).update();
    int[] scores = {10, 9, 9, 8, 7, 3};
    for (int score : scores) {
      var response = new GeneratedKeyHolder();
      jdbc.sql("""
              INSERT INTO responses (campaign_id, customer, answered_at, language)
              VALUES (:id, 'clients-web', :at, 'fr')""").param("id", campaign)
          .param("at", Timestamps.param(AT)).update(response, "id");
      long id = response.getKeyAs(Number.class).longValue();
      jdbc.sql("""
              INSERT INTO answers (response_id, question, answer_value, answer_text)
              VALUES (:id, 0, :score, NULL), (:id, 1, NULL, :text)""")
          .param("id", id).param("score", score).param("text", "<b>Livraison</b> " + score).update();
    }
  }

  @Test
  void aPhoneReadsTheNpsOfATeam() {
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("admin", ApiTest.ADMIN_PASSWORD);
      phone.get("/teams/logistique/voice?lang=fr");
      phone.awaitCharts();

      // 3 promoters, 2 passives, 1 detractor out of 6: 100·(3 − 1)/6 = 33.3; interval −26.7 to 71.2.
      assertThat(phone.text("#nps")).isEqualTo("33,3");
      // Interval −26.7 to 71.2: ± 49 points, few answers; 33.3 is in the 30–69 band.
      assertThat(phone.text("#nps-verdict")).isEqualTo("Très bon");
      assertThat(phone.text("#nps-interval")).isEqualTo("± 49 points, peu de réponses : n'y lire qu'une tendance");
      assertThat(phone.text("#nps-latest")).startsWith("Dernier trimestre, T1 2026 : 33,3");
      assertThat(phone.text("#responses")).isEqualTo("6");
      // Two respondents wrote "… 9": listed once with its count, most written first.
      assertThat(phone.all("#verbatims li")).hasSize(5);
      assertThat(phone.text("#verbatims li")).startsWith("<b>Livraison</b> 9").endsWith("2 fois");
      assertThat(phone.all("#verbatims b")).isEmpty();
      // One detractor and two passives, below the threshold of 6: no verbatim is marked, and the page says why.
      assertThat(phone.all("#verbatims .quote-side")).isEmpty();
      assertThat(phone.text("#sides-unmarked")).contains("moins de 6");
      // One quarter with answers: a sentence, no one-dot chart; the quarters after it listed empty.
      assertThat(phone.all("#voice-trend")).isEmpty();
      assertThat(phone.text("#one-quarter")).contains("T1 2026");
      assertThat(phone.text("#voice-quarters tbody tr th")).isEqualTo("T1 2026");
      assertThat(phone.all("#voice-quarters tbody tr[data-empty='false']")).hasSize(1);
      assertThat(phone.find("#customer-groups tr[data-customer='pose-sav']").getAttribute("data-hidden"))
          .isEqualTo("true");
      assertNoOverflow(phone);
      phone.screenshot("phone-voice-fr");

      phone.get("/listening?lang=en");
      assertThat(phone.text("#link-count")).isNotEmpty();
      assertNoOverflow(phone);
      phone.screenshot("phone-listening-en");
    }
  }

  private static void assertNoOverflow(Browser phone) {
    Number overflow = (Number) phone.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(1);
  }
}
