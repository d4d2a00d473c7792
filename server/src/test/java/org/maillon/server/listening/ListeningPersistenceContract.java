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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the listening tables must keep, on every database Maillon runs on, written through the
 * public service with explicit instants, as the demo history is. Tests share a database and only
 * add to it.
 */
abstract class ListeningPersistenceContract {

  static final Instant CREATED = Instant.parse("2026-01-05T08:30:00.123456Z");
  static final Instant ANSWERED = Instant.parse("2026-01-06T17:45:00Z");

  @Autowired ListeningService listening;
  @Autowired OrganizationService organizations;
  @Autowired JdbcClient jdbc;
  @Autowired PulseResults pulses;

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
    assertThat(listening.campaign(campaign).invitations())
        .isEqualTo(new InvitationCounts(2, 1, List.of(new InvitationCounts.PerCustomer(ListeningFixture.CUSTOMER, 2, 1))));
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
    Campaign pulse = listening.createPulse(new NewPulse("usine-decoupe", 2), "alice", CREATED);
    List<IssuedInvitation> issued = listening.invite(pulse.id(), new NewInvitations(null, 2, null), CREATED);
    listening.respond(issued.get(0).token(), new NewResponse(List.of(Answer.score(0, 3), Answer.score(1, 80),
        Answer.score(2, 5))), Locale.FRENCH, ANSWERED);
    listening.respond(issued.get(1).token(), new NewResponse(List.of(Answer.score(0, 60), Answer.score(1, 0),
        Answer.score(2, 2))), Locale.ENGLISH, ANSWERED.plusSeconds(60));

    Campaign read = listening.campaign(pulse.id());
    assertThat(List.of(read.team(), read.createdAt(), read.createdBy(), read.anonymityThreshold()))
        .containsExactly("usine-decoupe", CREATED, "alice", 2);
    assertThat(read.kind()).isEqualTo(CampaignKind.PULSE);
    assertThat(read.customers()).containsExactly("usine-decoupe");
    assertThat(read.questions()).extracting(Question::type)
        .containsExactly(QuestionType.HOURS, QuestionType.SHARE, QuestionType.SCALE);
    assertThat(read.invitations().answered()).isEqualTo(2);
    assertThat(listening.campaigns(null)).filteredOn(c -> c.kind() == CampaignKind.CUSTOMERS)
        .noneMatch(c -> c.id() == pulse.id());
    // Hours (3 + 60)/2 = 31.5; share (80 + 0)/2 = 40; freedom (5 + 2)/2 = 3.5.
    TeamPulse team = pulses.team("usine-decoupe");
    assertThat(team.responses()).isEqualTo(2);
    assertThat(List.of(team.hoursLost(), team.customerShare(), team.freedom())).containsExactly(31.5, 40.0, 3.5);
    assertThat(pulses.organisation().trend()).singleElement()
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
}
