package org.maillon.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.maillon.server.knowledge.Coverage;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.pulse.OrganizationPulse;
import org.maillon.server.pulse.PulseResults;
import org.maillon.server.pulse.TeamPulse;
import org.maillon.server.storage.Timestamps;
import org.maillon.server.testing.DemoClockConfiguration;
import org.maillon.server.voice.TeamVoice;
import org.maillon.server.voice.TeamVoices;
import org.maillon.voice.Quarters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;

/**
 * The demo's year of listening history on a fresh database, as of a fixed instant: campaigns,
 * responses with French and English verbatims, conversations and card entries; groups below the
 * anonymity threshold, which no subtraction of published trends gives away; overdue links, fresh
 * and stale cards; and the same history, row for row, on a second fresh database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.demo=true",
    "maillon.demo.model=../examples/sme.yaml"})
@Import(DemoClockConfiguration.class)
class DemoHistoryIntegrationTests {

  /** The first database's folder, read again by the second database's test. */
  static final Path FIRST_DATA_DIR = Path.of("target", "test-data", "maillon-demo-history-" + UUID.randomUUID());

  static final Instant NOW = DemoClockConfiguration.NOW;

  @DynamicPropertySource
  static void firstDatabase(DynamicPropertyRegistry registry) {
    registry.add("maillon.data-dir", FIRST_DATA_DIR::toString);
  }

  @Autowired JdbcClient jdbc;
  @Autowired CustomerKnowledge knowledge;
  @Autowired PulseResults pulses;
  @Autowired TeamVoices voices;

  @Test
  void aYearOfCampaignsResponsesVerbatimsConversationsAndCardsIsWritten() {
    assertThat(count("SELECT COUNT(*) FROM campaigns")).isGreaterThanOrEqualTo(8);
    assertThat(count("SELECT COUNT(*) FROM campaigns WHERE cadence_days = 90 AND anonymity_threshold = 5"))
        .isEqualTo(count("SELECT COUNT(*) FROM campaigns"));
    assertThat(count("SELECT COUNT(DISTINCT team) FROM campaigns c WHERE team IN ('ventes-magasins', "
        + "'ventes-en-ligne', 'ventes-pro', 'grands-comptes', 'pose-sav', 'service-client')")).isGreaterThan(3);
    assertThat(value("SELECT MIN(created_at) FROM campaigns"))
        .isBetween(NOW.minus(Duration.ofDays(366)), NOW.minus(Duration.ofDays(364)));
    long responses = count("SELECT COUNT(*) FROM responses");
    long invitations = count("SELECT COUNT(*) FROM invitations");
    assertThat(responses).isGreaterThan(200);
    assertThat((double) responses / invitations).isBetween(0.5, 0.8);
    assertThat(count("SELECT COUNT(*) FROM invitations WHERE answered_at IS NOT NULL")).isEqualTo(responses);
    assertThat(value("SELECT MAX(answered_at) FROM responses")).isBefore(NOW);

    long french = verbatims("fr");
    long english = verbatims("en");
    assertThat(french).isGreaterThan(english).isGreaterThan(20);
    assertThat(english).isGreaterThan(20);
    assertThat((double) (french + english) / responses).isBetween(0.45, 0.75);
    assertThat(jdbc.sql("SELECT a.answer_text FROM answers a JOIN responses r ON r.id = a.response_id "
        + "WHERE r.language = 'fr' AND a.answer_text IS NOT NULL").query(String.class).list())
        .anyMatch(text -> text.contains("livraison") || text.contains("délai"));

    assertThat(count("SELECT COUNT(*) FROM conversations")).isGreaterThan(10);
    assertThat(count("SELECT COUNT(*) FROM conversations WHERE held_at > ?", daysBefore(180)))
        .isPositive();
    assertThat(count("SELECT COUNT(*) FROM conversations WHERE held_at < ?", daysBefore(180)))
        .isPositive();

    assertThat(count("SELECT COUNT(*) FROM card_entries")).isGreaterThan(40);
    assertThat(jdbc.sql("SELECT DISTINCT facet FROM card_entries").query(String.class).set())
        .containsExactlyInAnyOrder("opinions", "projects", "stakes", "needs");
    assertThat(jdbc.sql("SELECT DISTINCT source FROM card_entries").query(String.class).set())
        .containsExactlyInAnyOrder("survey", "conversation", "visit", "document");
    assertThat(jdbc.sql("SELECT DISTINCT author FROM card_entries").query(String.class).set())
        .contains("manager", "member").hasSizeGreaterThan(3);
  }

  @Test
  void bureaucracyPulsesShowTheFrontLineFreerThanFinanceAndHideTheSmallTeam() {
    OrganizationPulse pulse = pulses.organization();
    Map<String, TeamPulse> teams = new HashMap<>();
    pulse.teams().forEach(team -> teams.put(team.team(), team));
    assertThat(pulse.hidden()).isFalse();
    assertThat(teams.get("ventes-magasins").hidden()).isFalse();
    assertThat(teams.get("finance").hidden()).isFalse();
    assertThat(teams.get("ventes-magasins").freedom()).isGreaterThan(teams.get("finance").freedom());
    assertThat(teams.get("ventes-magasins").hoursLost()).isLessThan(teams.get("finance").hoursLost());
    assertThat(teams.get("juridique").hidden()).isTrue();
    assertThat(teams.get("juridique").freedom()).isNull();
  }

  @Test
  void someCustomerGroupsHaveFewerResponsesThanTheAnonymityThreshold() {
    List<Long> hidden = jdbc.sql("""
            SELECT COUNT(*) FROM responses r JOIN campaigns c ON c.id = r.campaign_id
            GROUP BY r.campaign_id, r.customer, c.anonymity_threshold HAVING COUNT(*) < c.anonymity_threshold""")
        .query(Long.class).list();
    assertThat(hidden).isNotEmpty().allMatch(n -> n > 0);
    assertThat(count("""
            SELECT COUNT(*) FROM (SELECT r.campaign_id, r.customer FROM responses r
            JOIN campaigns c ON c.id = r.campaign_id GROUP BY r.campaign_id, r.customer, c.anonymity_threshold
            HAVING COUNT(*) >= c.anonymity_threshold) g""")).isGreaterThan(hidden.size());
  }

  @Test
  void noCustomersTrendSubtractedFromItsTeamsIsolatesAGroupBelowTheThreshold() {
    List<String> teams = jdbc.sql("SELECT DISTINCT team FROM campaigns WHERE kind = 'customers' ORDER BY team")
        .query(String.class).list();
    Map<String, Integer> cells = new HashMap<>();
    jdbc.sql("SELECT c.team, r.customer, r.answered_at FROM responses r JOIN campaigns c ON c.id = r.campaign_id"
        + " WHERE c.kind = 'customers'").query(rs -> {
          cells.merge(rs.getString(1) + " " + rs.getString(2) + " " + Quarters.of(instant(rs, "answered_at")), 1,
              Integer::sum);
        });
    assertThat(cells.values()).as("the demo holds customer quarters of fewer than 5 answers").anyMatch(n -> n < 5);
    for (String team : teams) {
      TeamVoice whole = voices.voice(team, null);
      for (TeamVoice.CustomerVoice customer : whole.customers()) {
        Map<String, Integer> own = new HashMap<>();
        voices.voice(team, customer.customer()).trend().forEach(p -> own.put(p.period(), p.responses()));
        for (TeamVoice.PeriodVoice period : whole.trend()) {
          int difference = period.responses() - own.getOrDefault(period.period(), 0);
          assertThat(List.of(difference, own.getOrDefault(period.period(), 0)))
              .as("%s %s minus %s", team, period.period(), customer.customer())
              .allSatisfy(n -> assertThat(n == 0 || n >= 5).isTrue());
        }
      }
    }
  }

  @Test
  void someLinksWereLastListenedToLongerAgoThanTheirCadenceAndOthersOnTime() {
    Map<String, Instant> last = new HashMap<>();
    Map<String, Integer> cadence = new HashMap<>();
    jdbc.sql("""
            SELECT c.team, r.customer, MAX(r.answered_at) AS last_at, MIN(c.cadence_days) AS cadence
            FROM responses r JOIN campaigns c ON c.id = r.campaign_id GROUP BY c.team, r.customer""")
        .query(rs -> {
          String link = rs.getString("team") + " -> " + rs.getString("customer");
          last.merge(link, instant(rs, "last_at"), DemoHistoryIntegrationTests::later);
          cadence.put(link, rs.getInt("cadence"));
        });
    jdbc.sql("SELECT team, customer, MAX(held_at) AS last_at FROM conversations GROUP BY team, customer")
        .query(rs -> {
          last.merge(rs.getString("team") + " -> " + rs.getString("customer"), instant(rs, "last_at"),
              DemoHistoryIntegrationTests::later);
        });
    Set<String> overdue = new HashSet<>();
    Set<String> onTime = new HashSet<>();
    last.forEach((link, at) -> {
      int days = cadence.getOrDefault(link, 90);
      (at.isAfter(NOW.minus(Duration.ofDays(days))) ? onTime : overdue).add(link);
    });
    assertThat(overdue).contains("qualite -> usine-assemblage", "direction-generale -> grands-comptes");
    assertThat(onTime).contains("ventes-magasins -> particuliers").hasSizeGreaterThan(overdue.size());
    // some links of the model were never listened to
    assertThat(last).doesNotContainKeys("ventes-magasins -> finance", "juridique -> ventes-pro");
  }

  @Test
  void someCardsAreFreshAndOthersStale() {
    Coverage organisation = knowledge.organizationCoverage();
    assertThat(organisation.fresh()).isPositive().isLessThan(organisation.total());
    assertThat(organisation.share()).isStrictlyBetween(0.0, 1.0);
    assertThat(knowledge.teamCoverage("ventes-magasins")).hasValueSatisfying(c -> assertThat(c.fresh()).isOne());
  }

  @Test
  void theImprovingTeamScoresBetterInItsLastWaveThanInItsFirst() {
    String mean = """
        SELECT AVG(CAST(a.answer_value AS DOUBLE)) FROM answers a JOIN responses r ON r.id = a.response_id
        JOIN campaigns c ON c.id = r.campaign_id
        WHERE c.team = 'ventes-en-ligne' AND a.question = 0 AND r.answered_at %s ?""";
    double first = jdbc.sql(mean.formatted("<")).param(daysBefore(300)).query(Double.class).single();
    double last = jdbc.sql(mean.formatted(">")).param(daysBefore(100)).query(Double.class).single();
    assertThat(last).isGreaterThan(first + 2);
  }

  /**
   * A second fresh database, started at the same instant, holds the very same history. JUnit runs
   * this nested class after the enclosing class's tests, whose server wrote the first database; its
   * file is read here.
   */
  @Nested
  @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
      "maillon.data-dir=target/test-data/maillon-demo-history-again-${random.uuid}",
      "maillon.demo=true",
      "maillon.demo.model=../examples/sme.yaml"})
  @Import(DemoClockConfiguration.class)
  class OnASecondFreshDatabase {

    @Autowired JdbcClient again;

    @Test
    void theHistoryIsTheSameRowForRow() {
      JdbcClient first = JdbcClient.create(
          new DriverManagerDataSource("jdbc:sqlite:" + FIRST_DATA_DIR.resolve("maillon.db") + "?open_mode=1"));
      String responses = "SELECT COUNT(*) FROM responses";
      assertThat(count(first, responses)).isPositive().isEqualTo(count(again, responses));
      assertThat(digest(again)).isEqualTo(digest(first));
    }
  }

  /** A digest of every generated row, without ids of tokens (random by design). */
  static String digest(JdbcClient jdbc) {
    StringBuilder rows = new StringBuilder();
    List.of(
        "SELECT id, team, cadence_days, anonymity_threshold, created_at, created_by FROM campaigns ORDER BY id",
        "SELECT campaign_id, customer FROM campaign_customers ORDER BY campaign_id, customer",
        "SELECT campaign_id, position, type FROM campaign_questions ORDER BY campaign_id, position",
        "SELECT id, campaign_id, customer, created_at, answered_at FROM invitations ORDER BY id",
        "SELECT id, campaign_id, customer, answered_at, language FROM responses ORDER BY id",
        "SELECT response_id, question, answer_value, answer_text FROM answers ORDER BY response_id, question",
        "SELECT id, team, customer, held_at, participants, notes, logged_by, logged_at FROM conversations ORDER BY id",
        "SELECT id, customer, facet, entry_date, text, author, source, recorded_at FROM card_entries ORDER BY id")
        .forEach(sql -> jdbc.sql(sql).query(rs -> {
          for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            Object value = rs.getObject(column);
            rows.append(value).append('|');
          }
          rows.append('\n');
        }));
    assertThat(rows.length()).isGreaterThan(10_000);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(rows.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private long verbatims(String language) {
    return count("""
        SELECT COUNT(*) FROM answers a JOIN responses r ON r.id = a.response_id
        WHERE a.answer_text IS NOT NULL AND r.language = ?""", language);
  }

  private long count(String sql, Object... params) {
    return count(jdbc, sql, params);
  }

  static long count(JdbcClient jdbc, String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private Instant value(String sql) {
    return jdbc.sql(sql).query((rs, row) -> Timestamps.instant(rs, 1)).single();
  }

  private static SqlParameterValue daysBefore(int days) {
    return Timestamps.param(NOW.minus(Duration.ofDays(days)));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return Timestamps.instant(rs, column);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
