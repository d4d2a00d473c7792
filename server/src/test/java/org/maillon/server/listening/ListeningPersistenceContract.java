package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.pulse.PulseResults;
import org.maillon.server.pulse.TeamPulse;
import org.maillon.server.storage.Timestamps;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.maillon.server.testing.RefusedStatements;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * What the listening tables must keep, on every database Maillon runs on, written through the
 * public service with explicit instants, as the demo history is; and that a write the database
 * refuses halfway leaves nothing behind. Tests share a database and only add to it.
 */
@Import(RefusedStatements.class)
abstract class ListeningPersistenceContract {

  static final Instant CREATED = Instant.parse("2026-01-05T08:30:00.123456Z");
  static final Instant ANSWERED = Instant.parse("2026-01-06T17:45:00Z");

  @Autowired ListeningService listening;
  @Autowired OrganizationService organizations;
  @Autowired JdbcClient jdbc;
  @Autowired PulseResults pulses;
  @Autowired RefusedStatements refused;
  @Autowired CampaignStore campaignStore;

  @BeforeEach
  void importTheSme() {
    if (organizations.isEmpty()) {
      organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    }
  }

  @Test
  void aCampaignIsReadBackAsItWasCreated() {
    Campaign created = listening.createCampaign(new NewCampaign(ListeningFixture.TEAM,
        List.of(ListeningFixture.CUSTOMER), List.of(new NewQuestion("nps", new Wording(null, "Nous recommanderiez-vous ?")),
            NewQuestion.of(QuestionType.TEXT)), 60, 4), "alice", CREATED);

    assertThat(listening.campaign(created.id())).isEqualTo(created);
    assertThat(created.createdAt()).isEqualTo(CREATED);
    assertThat(created.questions().get(0).wording().fr()).isEqualTo("Nous recommanderiez-vous ?");
    assertThat(created.questions().get(0).wording().in(Locale.ENGLISH)).contains("recommend");
    assertThat(listening.campaigns(ListeningFixture.TEAM)).first().isEqualTo(created);
  }

  @Test
  void aTokenIsUsedOnceAndTheResponseKeepsNoLinkToIt() {
    long campaign = listening.createCampaign(new NewCampaign(ListeningFixture.TEAM,
        List.of(ListeningFixture.CUSTOMER), null, null, null), "bob", CREATED).id();
    String token = listening.invite(campaign, NewInvitations.count(ListeningFixture.CUSTOMER, 2), CREATED)
        .get(0).token();
    NewResponse response = new NewResponse(List.of(Answer.score(0, 10), Answer.score(1, 5),
        Answer.text(2, "Toujours à l'heure")));

    listening.respond(token, response, Locale.FRENCH, ANSWERED);

    assertThatThrownBy(() -> listening.respond(token, response, Locale.FRENCH, ANSWERED))
        .isInstanceOf(AlreadyAnswered.class);
    assertThat(listening.campaign(campaign).invitations()).as("sent at once, answered once published")
        .isEqualTo(new InvitationCounts(2, 0, List.of(new InvitationCounts.PerCustomer(ListeningFixture.CUSTOMER, 2, 0))));
    assertThat(jdbc.sql("SELECT answered_at FROM responses WHERE campaign_id = ?").param(campaign)
        .query((rs, row) -> Timestamps.instant(rs, 1)).single()).isEqualTo(ANSWERED);
    assertThat(jdbc.sql("SELECT answered_at FROM invitations WHERE campaign_id = ? AND answered_at IS NOT NULL")
        .param(campaign).query((rs, row) -> Timestamps.instant(rs, 1)).single())
        .as("only the day, so that the time does not pick out the response").isEqualTo(ANSWERED.truncatedTo(DAYS));
    assertThat(jdbc.sql("SELECT answer_text FROM answers a JOIN responses r ON r.id = a.response_id"
        + " WHERE r.campaign_id = ? AND a.question = 2").param(campaign).query(String.class).single())
        .isEqualTo("Toujours à l'heure");
  }

  @Test
  void aPulseIsReadBackAndItsMeansComputedOnThisDatabase() {
    Campaign pulse = listening.createPulse(new NewPulse("usine-decoupe", 3), "alice", CREATED);
    List<IssuedInvitation> issued = listening.invite(pulse.id(), new NewInvitations(null, 3, null), CREATED);
    listening.respond(issued.get(0).token(), new NewResponse(List.of(Answer.score(0, 3), Answer.score(1, 80),
        Answer.score(2, 5))), Locale.FRENCH, ANSWERED);
    listening.respond(issued.get(1).token(), new NewResponse(List.of(Answer.score(0, 60), Answer.score(1, 0),
        Answer.score(2, 2))), Locale.ENGLISH, ANSWERED.plusSeconds(60));
    listening.respond(issued.get(2).token(), new NewResponse(List.of(Answer.score(0, 30), Answer.score(1, 40),
        Answer.score(2, 2))), Locale.ENGLISH, ANSWERED.plusSeconds(120));

    Campaign read = listening.campaign(pulse.id());
    assertThat(List.of(read.team(), read.createdAt(), read.createdBy(), read.anonymityThreshold()))
        .containsExactly("usine-decoupe", CREATED, "alice", 3);
    assertThat(read.kind()).isEqualTo(CampaignKind.PULSE);
    assertThat(read.customers()).containsExactly("usine-decoupe");
    assertThat(read.questions()).extracting(Question::type)
        .containsExactly(QuestionType.HOURS, QuestionType.SHARE, QuestionType.SCALE);
    assertThat(read.invitations().answered()).isEqualTo(3);
    assertThat(listening.campaigns(null)).filteredOn(c -> c.kind() == CampaignKind.CUSTOMERS)
        .noneMatch(c -> c.id() == pulse.id());
    // Hours (3 + 60 + 30)/3 = 31; share (80 + 0 + 40)/3 = 40; freedom (5 + 2 + 2)/3 = 3.
    TeamPulse team = pulses.team("usine-decoupe");
    assertThat(team.responses()).isEqualTo(3);
    assertThat(List.of(team.hoursLost(), team.customerShare(), team.freedom())).containsExactly(31.0, 40.0, 3.0);
    assertThat(pulses.organization().trend()).singleElement()
        .satisfies(period -> assertThat(period.period()).isEqualTo("2026-Q1"));
  }

  @Test
  void conversationsAreListedLatestFirst() {
    Instant earlier = Instant.parse("2026-02-01T09:00:00Z");
    Instant later = Instant.parse("2026-03-01T09:00:00Z");
    String customer = "promoteurs";
    String team = "grands-comptes";
    listening.logConversation(new NewConversation(team, customer, earlier, "Anne", null), "carol", later);
    Conversation last = listening.logConversation(new NewConversation(team, customer, null, "Paul", "Notes"),
        "carol", later);

    List<Conversation> latest = listening.conversations(team, customer, 2);

    assertThat(latest).hasSize(2).first().isEqualTo(last);
    assertThat(last.heldAt()).isEqualTo(later);
    assertThat(latest.get(1).heldAt()).isEqualTo(earlier);
  }

  @Test
  void aCampaignWhoseSecondQuestionIsRefusedLeavesNothing() {
    List<Long> before = counts();
    NewCampaign campaign = new NewCampaign(ListeningFixture.TEAM, List.of(ListeningFixture.CUSTOMER), null, null, null);

    try (RefusedStatements.Armed armed = refused.refuse("INSERT INTO campaign_questions", 1)) {
      assertThatThrownBy(() -> listening.createCampaign(campaign, "alice", CREATED))
          .isInstanceOf(DataIntegrityViolationException.class);
    }

    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aPulseWhoseCustomerGroupIsRefusedLeavesNothing() {
    List<Long> before = counts();

    try (RefusedStatements.Armed armed = refused.refuse("INSERT INTO campaign_customers", 0)) {
      assertThatThrownBy(() -> listening.createPulse(new NewPulse("usine-decoupe", 3), "alice", CREATED))
          .isInstanceOf(DataIntegrityViolationException.class);
    }

    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void invitationsAreAllCreatedOrNone() {
    long campaign = listening.createCampaign(new NewCampaign(ListeningFixture.TEAM,
        List.of(ListeningFixture.CUSTOMER), null, null, null), "bob", CREATED).id();

    try (RefusedStatements.Armed armed = refused.refuse("INSERT INTO invitations", 3)) {
      assertThatThrownBy(() -> listening.invite(campaign, NewInvitations.count(ListeningFixture.CUSTOMER, 5), CREATED))
          .isInstanceOf(DataIntegrityViolationException.class);
    }

    assertThat(listening.campaign(campaign).invitations().sent()).isZero();
  }

  @Test
  void aResponseWhoseAnswerIsRefusedIsNotKeptAndItsInvitationStaysUnused() {
    long campaign = listening.createCampaign(new NewCampaign(ListeningFixture.TEAM,
        List.of(ListeningFixture.CUSTOMER), null, null, null), "bob", CREATED).id();
    String token = listening.invite(campaign, NewInvitations.count(ListeningFixture.CUSTOMER, 1), CREATED)
        .get(0).token();
    NewResponse response = new NewResponse(List.of(Answer.score(0, 9), Answer.score(1, 4), Answer.text(2, "Bien")));

    try (RefusedStatements.Armed armed = refused.refuse("INSERT INTO answers", 1)) {
      assertThatThrownBy(() -> listening.respond(token, response, Locale.FRENCH, ANSWERED))
          .isInstanceOf(DataIntegrityViolationException.class);
    }
    assertThat(responses(campaign)).isZero();
    assertThat(listening.campaign(campaign).invitations().answered()).isZero();

    listening.respond(token, response, Locale.FRENCH, ANSWERED);
    assertThat(responses(campaign)).isOne();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM answers a JOIN responses r ON r.id = a.response_id"
        + " WHERE r.campaign_id = ?").param(campaign).query(Long.class).single()).isEqualTo(3);
  }

  @Test
  void aStoreWritesOnlyInsideTheCallersTransaction() {
    List<Long> before = counts();
    NewCampaign campaign = new NewCampaign(ListeningFixture.TEAM, List.of(ListeningFixture.CUSTOMER), null, null, null)
        .withDefaults(30, 3);

    assertThatThrownBy(() -> campaignStore.add(campaign, CampaignKind.CUSTOMERS, "alice", CREATED))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(counts()).isEqualTo(before);
  }

  /** The rows of campaigns, their customers and their questions. */
  private List<Long> counts() {
    return jdbc.sql("""
            SELECT (SELECT COUNT(*) FROM campaigns), (SELECT COUNT(*) FROM campaign_customers),
                   (SELECT COUNT(*) FROM campaign_questions)""")
        .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
  }

  private long responses(long campaign) {
    return jdbc.sql("SELECT COUNT(*) FROM responses WHERE campaign_id = ?").param(campaign).query(Long.class).single();
  }
}
