package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.listening.Answer;
import org.maillon.server.listening.IssuedInvitation;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewCampaign;
import org.maillon.server.listening.NewConversation;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.listening.NewResponse;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.testing.TestClockConfiguration;
import org.maillon.server.voice.ListeningOnTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The index's evolution on a real PostgreSQL (embedded), where production runs its SQL: two model
 * versions recomputed, and listening by quarter, worked out by hand on a three-person model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfiguration.class)
class CentricityPostgresIntegrationTests {

  static final String TINY = """
      organization: Tiny
      customers: [{id: retail, name: Retail}]
      teams:
        - {id: sales, name: Sales, kind: front-line}
        - {id: it, name: IT, kind: support}
      people:
        - {id: boss, name: Boss, team: sales}
        - {id: a, name: A, team: sales, manager: boss}
        - {id: b, name: B, team: it, manager: boss}
      links:
        - from: sales
          to: retail
          expectations: [{id: e1, text: Advice}, {id: e2, text: Delivery}]
          commitments: [{text: Advice within a day, answers: [e1]}]
        - {from: it, to: sales}
      procedures:
        - {id: p1, team: it, name: Ticket}
      """;

  @Autowired OrganizationService organizations;
  @Autowired ListeningService listening;
  @Autowired CentricityService centricity;
  @Autowired CentricityEvolution evolution;
  @Autowired ListeningOnTime listeningOnTime;
  @Autowired CustomerKnowledge knowledge;
  @Autowired MutableClock clock;

  @BeforeAll
  static void postgresCanStart() {
    EmbeddedPostgresServer.assumeAvailable();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresServer.newDatabase("maillon_centricity");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  /**
   * Version 2, the tiny model: distance (1 + 0.8) / 2 = 0.9; requirements: of 2 expectations one
   * uncovered, of 2 links one pending (never confirmed) and one empty → 1 − (1 + 1 + 1) / (2 + 2) =
   * 0.25; procedures 1 × 100 / 3 per 100 → 1 / (1 + 3.333 / 10) = 0.2308; levels: no level between
   * top and base → 1. Index = (15 × 0.9 + 15 × 0.25 + 10 × 0.2308 + 10 × 1) / 50 × 100 = 59.115.
   *
   * <p>Quarters: it listened to sales in 2026-Q3 (a conversation), sales to retail in 2026-Q4 (five
   * answers of CSAT 4). Q3: listening 1/2, no satisfaction → 50. Q4: listening 1/2, satisfaction
   * (4 − 1) / 4 = 0.75 → (20 × 0.5 + 25 × 0.75) / 45 × 100 = 63.889.
   */
  @Test
  void versionsAndQuartersAsWorkedOutByHand() {
    clock.set(Instant.parse("2026-11-28T12:00:00Z"));
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    organizations.importModel("tiny.yaml", TINY.getBytes(StandardCharsets.UTF_8), "tests", Locale.ENGLISH);
    Instant october = Instant.parse("2026-10-05T09:00:00Z");
    long campaign = listening.createCampaign(new NewCampaign("sales", List.of("retail"), null, 90, 5), "tests",
        october).id();
    List<IssuedInvitation> invitations = listening.invite(campaign, NewInvitations.count("retail", 5), october);
    for (IssuedInvitation invitation : invitations) {
      listening.respond(invitation.token(), new NewResponse(List.of(Answer.score(0, 9), Answer.score(1, 4))),
          Locale.ENGLISH, october);
    }
    listening.logConversation(new NewConversation("it", "sales", Instant.parse("2026-08-01T10:00:00Z"), "Sales",
        null), "tests", Instant.parse("2026-08-01T10:00:00Z"));

    CentricityHistory history = evolution.history();

    assertThat(history.versions()).hasSize(2);
    assertThat(history.versions().get(1).index()).isCloseTo(100 * (13.5 + 3.75 + 10 / (1 + 10 / 3.0) + 10) / 50,
        within(1e-9));
    assertThat(history.versions().get(0).index()).isBetween(0.0, 100.0).isNotEqualTo(history.versions().get(1).index());
    assertThat(history.quarters()).extracting(CentricityHistory.QuarterPoint::period)
        .containsExactly("2026-Q3", "2026-Q4");
    assertThat(history.quarters().get(0).index()).isCloseTo(50, within(1e-9));
    assertThat(history.quarters().get(0).satisfaction()).isNull();
    assertThat(history.quarters().get(1).listening()).isEqualTo(0.5);
    assertThat(history.quarters().get(1).index()).isCloseTo(100 * (10 + 18.75) / 45, within(1e-9));
    // Asked again, the versions come from the cache by id, with the same figures.
    assertThat(evolution.history()).isEqualTo(history);

    // sales now: 1 hop → 1; 1 of 1 link on time → 1; CSAT 4 → 0.75; card of retail stale → 0;
    // requirements, one link pending with one of 2 expectations uncovered: 1 − (1 + 1) / (2 + 1) =
    // 1/3; no procedure → 1: (15 + 20 + 18.75 + 0 + 5 + 10) / 100.
    TeamCentricity sales = centricity.team("sales");
    assertThat(sales.index()).isCloseTo(68.75, within(1e-9));
    assertThat(sales.links()).singleElement().satisfies(link -> {
      assertThat(link.verdict()).isEqualTo("agrees");
      assertThat(link.csat()).isEqualTo(4.0);
    });
  }

  @Test
  void theOrganizationsIndexIsKeptUntilTheModelTheDataOrTheMinuteChanges() {
    Instant now = Instant.parse("2026-11-28T13:00:00Z");
    clock.set(now);
    organizations.importModel("tiny.yaml", TINY.getBytes(StandardCharsets.UTF_8), "tests", Locale.ENGLISH);
    OrganizationCentricity first = centricity.organization();
    clock.advance(Duration.ofSeconds(59));
    assertThat(centricity.organization()).isSameAs(first);

    listening.logConversation(new NewConversation("it", "sales", now, "Sales", null), "tests", now);
    OrganizationCentricity listened = centricity.organization();
    assertThat(onTime(listened)).isEqualTo(onTime(first) + 1);
    assertThat(centricity.overview().listening()).isEqualTo(ListeningOnTime.Summary.of(listeningOnTime.report()));
    assertThat(centricity.overview().cards()).isEqualTo(knowledge.organizationCoverage());

    clock.advance(Duration.ofSeconds(1));
    assertThat(centricity.organization()).isNotSameAs(listened).isEqualTo(listened);
    organizations.importModel("tiny.yaml", TINY.getBytes(StandardCharsets.UTF_8), "tests", Locale.ENGLISH);
    assertThat(centricity.organization()).isNotSameAs(listened);
  }

  private static int onTime(OrganizationCentricity index) {
    return (Integer) index.components().stream().filter(row -> row.component().equals("listening")).findFirst()
        .orElseThrow().figures().get("onTime");
  }
}
