package org.maillon.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.card.CardStatement.StatedCommitment;
import org.maillon.card.CardStatement.StatedExpectation;
import org.maillon.centricity.CentricityScorer;
import org.maillon.centricity.Component;
import org.maillon.centricity.ComponentScore;
import org.maillon.centricity.IndexBreakdown;
import org.maillon.centricity.OrganizationInput;
import org.maillon.centricity.ScoringSettings;
import org.maillon.centricity.TeamInput;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.Finding;
import org.maillon.model.Commitment;
import org.maillon.model.Confirmation;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.LinkStatus;
import org.maillon.voice.ListeningReport;

/**
 * Agreement between supplier and customer on a bakery of four teams and five links, worked out by
 * hand as of 15 March 2026 with the default 30 pending days:
 *
 * <pre>
 * oven → shop    fresh, answered; changed 1 March, confirmed 2 March       agreed
 * shop → retail  a commitment, never dated nor confirmed                  pending (age unknown)
 * it → oven      fix, unanswered; changed 10 January, never confirmed     pending 64 days: too long
 * it → shop      nothing stated                                           empty
 * hr → it        payroll, answered; changed 10 March, confirmed 1 March   pending 5 days
 * </pre>
 */
class AgreementTests {

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  static final Organization BAKERY = new Organization("Bakery", Settings.DEFAULTS,
      List.of(new FinalCustomer("retail", "Retail")), List.of(),
      List.of(new Team("oven", "Oven", TeamKind.CORE, null, "p-oven"),
          new Team("shop", "Shop", TeamKind.FRONT_LINE, null, "p-shop"),
          new Team("it", "IT", TeamKind.SUPPORT, null, "p-it"),
          new Team("hr", "HR", TeamKind.SUPPORT, null, "p-hr")),
      List.of(new Person("p-shop", "Sam", null, "shop", null), new Person("p-oven", "Olga", null, "oven", "p-shop"),
          new Person("p-it", "Ivan", null, "it", "p-shop"), new Person("p-hr", "Hana", null, "hr", "p-shop")),
      List.of(
          new Link("oven", "shop", "Bread", List.of(new Expectation("fresh", "Fresh by 7")),
              List.of(new Commitment("Bread at 6:30", List.of("fresh"))), LocalDate.of(2026, 3, 1),
              new Confirmation(LocalDate.of(2026, 3, 2), "p-shop")),
          new Link("shop", "retail", "Bread", List.of(), List.of(new Commitment("Open at 7", List.of()))),
          new Link("it", "oven", "Repairs", List.of(new Expectation("fix", "Fixed within 4 hours")), List.of(),
              LocalDate.of(2026, 1, 10), null),
          new Link("it", "shop", "Tills", List.of(), List.of()),
          new Link("hr", "it", "Payroll", List.of(new Expectation("payroll", "Paid by the 25th")),
              List.of(new Commitment("Paid by the 25th", List.of("payroll"))), LocalDate.of(2026, 3, 10),
              new Confirmation(LocalDate.of(2026, 3, 1), "p-it"))));

  /** The oven's expectation toward IT, which its card restates. */
  static final StatedExpectation FIX = new StatedExpectation("it", "fix", "Fixed within 4 hours");

  @Test
  void eachLinkHasItsStatusAndPendingLinksTheirDays() {
    assertThat(BAKERY.links()).extracting(Link::to, LinkStatus::of, link -> LinkStatus.daysPending(link, LinkStatus.of(link), AS_OF))
        .containsExactly(tuple("shop", LinkStatus.AGREED, null), tuple("retail", LinkStatus.PENDING, null),
            tuple("oven", LinkStatus.PENDING, 64L), tuple("shop", LinkStatus.EMPTY, null),
            tuple("it", LinkStatus.PENDING, 5L));
  }

  @Test
  void theDiagnosisCountsTheStatusesAndFindsTheEmptyLinkAndTheOneWaitingTooLong() {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(BAKERY, AS_OF);

    assertThat(diagnosis.agreements()).isEqualTo(new AgreementFigures(3, 1, 3, 1, 1, 3, 1, 1, 30));
    assertThat(diagnosis.findings()).filteredOn(f -> f.code().endsWith("_LINK"))
        .extracting(Finding::code, f -> f.subject().text(), Finding::args)
        .containsExactly(tuple("EMPTY_LINK", "it->shop", List.of("IT", "Shop")),
            tuple("LONG_PENDING_LINK", "it->oven", List.of("IT", "Oven", "64", "30", "2026-01-10")));
    assertThat(diagnosis.findings().stream().filter(f -> f.code().equals("LONG_PENDING_LINK")).findFirst()
        .orElseThrow().message(java.util.Locale.ENGLISH))
        .isEqualTo("Oven has not confirmed what IT commits to for 64 days (since 2026-01-10), more than 30.");
  }

  @Test
  void withoutADayOrWithMoreDaysAllowedNoLinkHasWaitedTooLong() {
    assertThat(DiagnosisEngine.diagnose(BAKERY).findings()).extracting(Finding::code)
        .contains("EMPTY_LINK").doesNotContain("LONG_PENDING_LINK");
    Diagnosis patient = DiagnosisEngine.diagnose(BAKERY.withSettings(BAKERY.settings().withPendingDays(64)), AS_OF);
    assertThat(patient.findings()).extracting(Finding::code).doesNotContain("LONG_PENDING_LINK");
    assertThat(patient.agreements().longPendingLinks()).isZero();
  }

  /**
   * Requirements = 1 − (uncovered + empty + pending) / (expectations + links): the organisation
   * 1 − (1 + 1 + 3) / (3 + 5) = 0.375; IT 1 − (1 + 1 + 1) / (1 + 2) = 0; the oven 1 − 0 / (1 + 1) = 1;
   * HR 1 − (0 + 0 + 1) / (1 + 1) = 0.5.
   */
  @Test
  void theRequirementsComponentCountsEmptyAndPendingLinks() {
    CentricityScorer scorer = new CentricityScorer(DiagnosisEngine.diagnose(BAKERY, AS_OF), ScoringSettings.DEFAULTS);
    IndexBreakdown organisation = scorer.organization(new OrganizationInput(new ListeningReport(null, 0, 0,
        List.of()), List.of(), new org.maillon.centricity.Cards(0, 0)));

    ComponentScore requirements = requirements(organisation);
    assertThat(requirements.value()).isCloseTo(0.375, within(1e-9));
    assertThat(requirements.computation()).isEqualTo("1 − (1 + 1 + 3) / (3 + 5) = 0.375");
    assertThat(organisation.gains()).filteredOn(g -> g.component() == Component.REQUIREMENTS)
        .extracting(g -> g.code(), g -> g.subject().text())
        .containsExactlyInAnyOrder(tuple("UNCOVERED_EXPECTATION", "it->oven#fix"), tuple("EMPTY_LINK", "it->shop"),
            tuple("PENDING_LINK", "it->oven"), tuple("PENDING_LINK", "shop->retail"), tuple("PENDING_LINK", "hr->it"));
    assertThat(requirementsOf(scorer, "it")).isCloseTo(0, within(1e-9));
    assertThat(requirementsOf(scorer, "oven")).isCloseTo(1, within(1e-9));
    assertThat(requirementsOf(scorer, "hr")).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aSuppliersChangeTurnsTheLinkPendingAndTheCustomerLeadsConfirmationAgreed() {
    LocalDate edited = LocalDate.of(2026, 3, 20);
    CardStatement earlier = new CardStatement(List.of(new StatedCommitment("shop", "Bread at 6:00", List.of("fresh"))),
        List.of(FIX), List.of());

    Organization changed = CardEdits.apply(BAKERY, "oven", earlier, edited).organization();
    Link ovenToShop = changed.links().get(0);
    assertThat(ovenToShop.changedOn()).isEqualTo(edited);
    assertThat(ovenToShop.confirmed()).isNull();
    assertThat(LinkStatus.of(ovenToShop)).isEqualTo(LinkStatus.PENDING);
    assertThat(changed.links().subList(1, 5)).isEqualTo(BAKERY.links().subList(1, 5));

    Organization confirmed = Confirmations.confirm(changed, "oven", "shop", "p-shop", edited).organization();
    assertThat(confirmed.links().get(0).confirmed()).isEqualTo(new Confirmation(edited, "p-shop"));
    assertThat(LinkStatus.of(confirmed.links().get(0))).isEqualTo(LinkStatus.AGREED);
    assertThat(Cards.card(DiagnosisEngine.diagnose(confirmed), "shop").orElseThrow().requirements().get(1).agreement())
        .isEqualTo(new Agreement(LinkStatus.AGREED, edited, new Confirmation(edited, "p-shop")));
  }

  @Test
  void restatingTheSameWordsLeavesTheLinkAsItWas() {
    CardStatement same = new CardStatement(List.of(new StatedCommitment("shop", "Bread at 6:30", List.of("fresh"))),
        List.of(FIX), List.of());
    assertThat(CardEdits.apply(BAKERY, "oven", same, LocalDate.of(2026, 3, 20)).organization().links())
        .isEqualTo(BAKERY.links());
  }

  @Test
  void aLinkThatStatesNothingOrDoesNotExistCannotBeConfirmed() {
    assertThat(Confirmations.confirm(BAKERY, "it", "shop", "p-shop", AS_OF).refusal())
        .isEqualTo(Confirmations.Refusal.NOTHING_STATED);
    assertThat(Confirmations.confirm(BAKERY, "shop", "it", "p-it", AS_OF).refusal())
        .isEqualTo(Confirmations.Refusal.UNKNOWN_LINK);
  }

  private static double requirementsOf(CentricityScorer scorer, String team) {
    return requirements(scorer.team(new TeamInput(DiagnosisEngine.diagnose(BAKERY, AS_OF).team(team).orElseThrow(),
        0, List.of(), null, new org.maillon.centricity.Cards(0, 0)))).value();
  }

  private static ComponentScore requirements(IndexBreakdown index) {
    return index.components().stream().filter(c -> c.component() == Component.REQUIREMENTS).findFirst()
        .orElseThrow();
  }
}
