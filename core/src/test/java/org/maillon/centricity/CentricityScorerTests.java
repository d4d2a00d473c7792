package org.maillon.centricity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.Subject;
import org.maillon.model.TeamKind;
import org.maillon.testing.HandWrittenOrganization;
import org.maillon.voice.LinkListening;
import org.maillon.voice.ListeningReport;

/**
 * Each component of the index, its formula with the figures put in and what its costs would gain,
 * worked out by hand on a kitchen maker of twelve people: sales (front line, 5 people) serve the
 * retail customers, who expect a quote within a day, are promised it and confirmed it (agreed); ops
 * (core, 5 people, one internal control "expenses") serve sales, which expect "on-time",
 * "spare-parts" and "invoice" of them and get commitments on "on-time" and "invoice" only, never
 * confirmed (pending); lab (core, 1 person) serves nobody. All under one boss, one level between
 * top and base, none in excess.
 *
 * <p>ops as the server would gather it: 4 links, 1 overdue; CSAT 3.4 over 10 answers, its
 * customer sales at 2.5 over 4 of them; 1 of 4 cards fresh. With the default weights (15, 20, 25,
 * 15, 15, 10 for a team, 100 in all) each share is the weight in percent.
 */
class CentricityScorerTests {

  private static final double EPSILON = 1e-9;

  private static final Diagnosis KITCHENS = DiagnosisEngine.diagnose(HandWrittenOrganization.organization("Kitchens")
      .customer("retail")
      .team("sales", TeamKind.FRONT_LINE).team("ops", TeamKind.CORE).team("lab", TeamKind.CORE)
      .person("boss", null, null).person("head", "ops", "boss").person("chief", "sales", "boss")
      .people("o", 4, "ops", "head").people("s", 4, "sales", "chief").person("l", "lab", "boss")
      .link("sales", "retail", List.of("quote"), List.of("Quote within a day->quote"))
      .confirmed("sales", "retail", LocalDate.of(2026, 1, 5), "chief")
      .link("ops", "sales", List.of("on-time", "spare-parts", "invoice"),
          List.of("Delivered on Friday->on-time", "Invoice with the delivery->invoice"))
      .procedure("expenses", "ops", 1, List.of("head"), List.of())
      .build());

  private static final LinkListening OPS_TO_SALES_OVERDUE = new LinkListening("ops", "sales", null, 90, null, true);

  private final CentricityScorer scorer = new CentricityScorer(KITCHENS, ScoringSettings.DEFAULTS);

  private IndexBreakdown ops() {
    return scorer.team(new TeamInput(KITCHENS.team("ops").orElseThrow(), 4, List.of(OPS_TO_SALES_OVERDUE),
        new Satisfaction(3.4, 10, false, List.of(new Satisfaction.Group("sales", 2.5, 4, 5, false),
            new Satisfaction.Group("shops", 4.0, 6, 6, false))),
        new Cards(1, 4)));
  }

  private IndexBreakdown lab() {
    return scorer.team(new TeamInput(KITCHENS.team("lab").orElseThrow(), 0, List.of(), null, new Cards(0, 0)));
  }

  /** 2 hops, cap 6: (6 − 2) / 5 = 0.8, 12 points of 15. lab has no path: 0, and connecting it at 5 hops gives 0.2. */
  @Test
  void distanceFallsByAFifthPerHop() {
    ComponentScore distance = component(ops(), Component.DISTANCE);
    assertThat(distance.figures()).containsExactly(Map.entry("hops", 2), Map.entry("cap", 6));
    assertThat(distance.computation()).isEqualTo("max(0, (6 − 2) / (6 − 1)) = 0.8");
    assertThat(distance.points()).isCloseTo(12, within(EPSILON));

    // lab: distance 0 and procedures 1 (none), weights 15 and 10: shares 0.6 and 0.4, index 40.
    IndexBreakdown lab = lab();
    assertThat(component(lab, Component.DISTANCE).computation()).isEqualTo("= 0");
    assertThat(lab.index()).isCloseTo(40, within(EPSILON));
    assertThat(lab.leftOut()).containsExactly(Component.LISTENING, Component.SATISFACTION, Component.FRESHNESS,
        Component.REQUIREMENTS);
    assertThat(lab.gains()).extracting(Gain::code, Gain::subject)
        .containsExactly(tuple("DISCONNECTED_TEAM", new Subject.Team("lab")));
    assertThat(lab.gains().get(0).gain()).isCloseTo(100 * 0.6 * 0.2, within(EPSILON));
  }

  /** 3 of 4 links on time: 0.75; the overdue link listened to: 4 / 4, so 20 × 0.25 = 5 points. */
  @Test
  void listeningIsTheShareOfLinksOnTime() {
    ComponentScore listening = component(ops(), Component.LISTENING);
    assertThat(listening.figures()).containsExactly(Map.entry("onTime", 3), Map.entry("links", 4));
    assertThat(listening.computation()).isEqualTo("3 / 4 = 0.75");
    assertThat(listening.value()).isEqualTo(0.75);
    assertThat(gain(ops(), "LISTENING_OVERDUE").subject()).isEqualTo(new Subject.Link("ops", "sales"));
    assertThat(gain(ops(), "LISTENING_OVERDUE").gain()).isCloseTo(5, within(EPSILON));
  }

  /**
   * CSAT 3.4: (3.4 − 1) / 4 = 0.6. sales's 2.5 is below the low mark 3: its 4 answers at 5 raise the
   * CSAT by (5 − 2.5) × 4 / 10 = 1 to 4.4, worth 0.85, so 25 × 0.25 = 6.25 points.
   */
  @Test
  void satisfactionMapsTheCsatAndCostsForEachDissatisfiedCustomer() {
    ComponentScore satisfaction = component(ops(), Component.SATISFACTION);
    assertThat(satisfaction.figures()).containsExactly(Map.entry("csat", 3.4), Map.entry("answers", 10));
    assertThat(satisfaction.computation()).isEqualTo("(3.4 − 1) / 4 = 0.6");
    assertThat(satisfaction.value()).isCloseTo(0.6, within(EPSILON));
    Gain low = gain(ops(), "LOW_SATISFACTION");
    assertThat(low.subject()).isEqualTo(new Subject.Link("ops", "sales"));
    assertThat(low.gain()).isCloseTo(6.25, within(EPSILON));
  }

  /** A hidden voice gives no mean: satisfaction is left out, said hidden, and its 25 shared among the others. */
  @Test
  void aHiddenVoiceLeavesSatisfactionOut() {
    IndexBreakdown hidden = scorer.team(new TeamInput(KITCHENS.team("ops").orElseThrow(), 4, List.of(),
        new Satisfaction(null, 3, true, List.of(new Satisfaction.Group("sales", null, 3, 3, true))), new Cards(1, 4)));

    ComponentScore satisfaction = component(hidden, Component.SATISFACTION);
    assertThat(satisfaction.value()).isNull();
    assertThat(satisfaction.computation()).isNull();
    assertThat(satisfaction.figures()).containsEntry("hidden", true).containsEntry("answers", 3);
    assertThat(hidden.leftOut()).containsExactly(Component.SATISFACTION);
    assertThat(component(hidden, Component.DISTANCE).share()).isCloseTo(0.2, within(EPSILON));
  }

  /** 1 of 4 cards fresh: 0.25; one more fresh card gives 2 / 4, so 15 × 0.25 = 3.75 points. */
  @Test
  void freshnessIsTheShareOfFreshCards() {
    ComponentScore freshness = component(ops(), Component.FRESHNESS);
    assertThat(freshness.computation()).isEqualTo("1 / 4 = 0.25");
    assertThat(gain(ops(), "STALE_CARD").subject()).isEqualTo(new Subject.Team("ops"));
    assertThat(gain(ops(), "STALE_CARD").gain()).isCloseTo(3.75, within(EPSILON));
  }

  /**
   * 3 expectations and 1 link; 1 expectation uncovered and the link pending: 1 − (1 + 0 + 1) /
   * (3 + 1) = 0.5; covering the expectation, or the link agreed, gives 0.75, so 15 × 0.25 = 3.75
   * points each.
   */
  @Test
  void requirementsCountUncoveredExpectationsEmptyAndPendingLinks() {
    ComponentScore requirements = component(ops(), Component.REQUIREMENTS);
    assertThat(requirements.figures()).containsExactly(Map.entry("expectations", 3), Map.entry("links", 1),
        Map.entry("uncovered", 1), Map.entry("empty", 0), Map.entry("pending", 1));
    assertThat(requirements.computation()).isEqualTo("1 − (1 + 0 + 1) / (3 + 1) = 0.5");
    assertThat(gain(ops(), "UNCOVERED_EXPECTATION").subject())
        .isEqualTo(new Subject.Expectation("ops", "sales", "spare-parts"));
    assertThat(gain(ops(), "UNCOVERED_EXPECTATION").gain()).isCloseTo(3.75, within(EPSILON));
    assertThat(gain(ops(), "PENDING_LINK").subject()).isEqualTo(new Subject.Link("ops", "sales"));
    assertThat(gain(ops(), "PENDING_LINK").gain()).isCloseTo(3.75, within(EPSILON));
  }

  /** 1 procedure for 5 members = 20 per 100: 1 / (1 + 20 / 10) = 1/3; without it 1, so 10 × 2/3 points. */
  @Test
  void proceduresWeighPer100Members() {
    ComponentScore procedures = component(ops(), Component.PROCEDURES);
    assertThat(procedures.figures()).containsExactly(Map.entry("procedures", 1), Map.entry("members", 5),
        Map.entry("per100", 20.0), Map.entry("reference", 10.0));
    assertThat(procedures.computation()).isEqualTo("1 / (1 + 20 / 10) = 0.333");
    assertThat(gain(ops(), "INTERNAL_CONTROL").subject()).isEqualTo(new Subject.Procedure("expenses", "ops"));
    assertThat(gain(ops(), "INTERNAL_CONTROL").gain()).isCloseTo(20.0 / 3, within(EPSILON));
  }

  /** 12 + 15 + 15 + 3.75 + 7.5 + 10/3 = 56.583…; the gains largest first. */
  @Test
  void theTeamsIndexAddsTheComponentsPoints() {
    IndexBreakdown ops = ops();
    assertThat(ops.index()).isCloseTo(53.25 + 10.0 / 3, within(EPSILON));
    assertThat(ops.leftOut()).isEmpty();
    assertThat(ops.components()).extracting(ComponentScore::component).containsExactly(Component.FRESHNESS,
        Component.SATISFACTION, Component.REQUIREMENTS, Component.PROCEDURES, Component.LISTENING, Component.DISTANCE);
    assertThat(ops.gains()).extracting(Gain::code).containsExactly("INTERNAL_CONTROL", "LOW_SATISFACTION",
        "LISTENING_OVERDUE", "PENDING_LINK", "STALE_CARD", "UNCOVERED_EXPECTATION");
  }

  /**
   * The organisation, all seven weights (110): distance (1 + 0.8 + 0) / 3 = 0.6; listening 1 of 2 =
   * 0.5; CSAT (3.4 × 10 + 4.6 × 5) / 15 = 3.8 → 0.7, the hidden team not counted; cards 3 of 5 =
   * 0.6; requirements 1 − (1 + 0 + 1) / (4 + 2) = 2/3; 1 procedure for 12 people = 8.33 per 100 →
   * 1 / (1 + 0.833) = 6/11; levels 1. Index 100 × (9 + 10 + 17.5 + 9 + 10 + 60/11 + 10) / 110 =
   * 78050 / 1210.
   */
  @Test
  void theOrganizationWeighsEveryTeamAndItsLevels() {
    IndexBreakdown organisation = scorer.organization(new OrganizationInput(
        new ListeningReport(0.5, 2, 1, List.of(OPS_TO_SALES_OVERDUE)),
        List.of(new Satisfaction(3.4, 10, false, List.of()), new Satisfaction(4.6, 5, false, List.of()),
            new Satisfaction(null, 3, true, List.of())),
        new Cards(3, 5)));

    assertThat(organisation.index()).isCloseTo(78050.0 / 1210, within(EPSILON));
    assertThat(component(organisation, Component.REQUIREMENTS).computation())
        .isEqualTo("1 − (1 + 0 + 1) / (4 + 2) = 0.667");
    assertThat(component(organisation, Component.DISTANCE).computation()).isEqualTo("1.8 / 3 = 0.6");
    assertThat(component(organisation, Component.SATISFACTION).computation()).isEqualTo("(3.8 − 1) / 4 = 0.7");
    assertThat(component(organisation, Component.PROCEDURES).value()).isCloseTo(6.0 / 11, within(EPSILON));
    assertThat(component(organisation, Component.LEVELS).computation()).isEqualTo("max(0, 1 − 0 / 1) = 1");
    // The lab connected at 5 hops adds 0.2 / 3 to the mean distance: 100 × 15/110 × 0.2/3; one
    // requirement defect fewer adds 1/6: 100 × 15/110 / 6.
    assertThat(organisation.gains()).extracting(Gain::code, Gain::subject).containsExactly(
        tuple("LISTENING_OVERDUE", new Subject.Link("ops", "sales")),
        tuple("INTERNAL_CONTROL", new Subject.Procedure("expenses", "ops")),
        tuple("STALE_CARD", new Subject.Organization("Kitchens")),
        tuple("PENDING_LINK", new Subject.Link("ops", "sales")),
        tuple("UNCOVERED_EXPECTATION", new Subject.Expectation("ops", "sales", "spare-parts")),
        tuple("DISCONNECTED_TEAM", new Subject.Team("lab")));
    assertThat(gain(organisation, "PENDING_LINK").gain()).isCloseTo(1500.0 / 660, within(EPSILON));
    assertThat(gain(organisation, "DISCONNECTED_TEAM").gain()).isCloseTo(300.0 / 330, within(EPSILON));
    assertThat(gain(organisation, "STALE_CARD").gain()).isCloseTo(100 * 15 / 110.0 * 0.2, within(EPSILON));
  }

  /**
   * Of a past version only the model is known: distance, requirements, procedures and levels,
   * weights 50: 2 × (9 + 10 + 60/11 + 10) = 758 / 11.
   */
  @Test
  void theStructuralIndexKeepsWhatTheModelAloneDetermines() {
    assertThat(scorer.structural().index()).isCloseTo(758.0 / 11, within(EPSILON));
  }

  /**
   * Levels: a chain boss → m1 → m2 → m3 → two workers has 3 levels between top and base where none
   * is needed: max(0, 1 − 3 / 3) = 0; removing them gives 1, 100 × 10/50 points (distance 15,
   * requirements 15 and procedures 10 are the only others with data). Its one link states nothing:
   * requirements 1 − 1 / 1 = 0, and stating it gives 1, 100 × 15/50 points.
   */
  @Test
  void excessLevelsCostTheOrganization() {
    Diagnosis chain = DiagnosisEngine.diagnose(HandWrittenOrganization.organization("Chain").customer("retail")
        .team("sales", TeamKind.FRONT_LINE).person("boss", "sales", null).person("m1", "sales", "boss")
        .person("m2", "sales", "m1").person("m3", "sales", "m2").people("w", 2, "sales", "m3")
        .link("sales", "retail").build());

    IndexBreakdown organisation = new CentricityScorer(chain, ScoringSettings.DEFAULTS).organization(
        new OrganizationInput(new ListeningReport(null, 0, 0, List.of()), List.of(), new Cards(0, 0)));

    ComponentScore levels = component(organisation, Component.LEVELS);
    assertThat(levels.figures()).containsExactly(Map.entry("excess", 3), Map.entry("levels", 3),
        Map.entry("levelsNeeded", 0));
    assertThat(levels.computation()).isEqualTo("max(0, 1 − 3 / 3) = 0");
    assertThat(organisation.gains()).extracting(Gain::code, Gain::subject).containsExactly(
        tuple("EMPTY_LINK", new Subject.Link("sales", "retail")),
        tuple("EXCESS_LEVELS", new Subject.Organization("Chain")));
    assertThat(organisation.gains().get(0).gain()).isCloseTo(100 * 15 / 50.0, within(EPSILON));
    assertThat(organisation.gains().get(1).gain()).isCloseTo(100 * 10 / 50.0, within(EPSILON));
  }

  /**
   * A front-line team serving another front line, 2 hops: 0.8; serving a final customer gives 1,
   * 100 × 15/40 × 0.2 for the team (distance 15, requirements 15 of its empty link, procedures 10);
   * for the organisation (4 teams, mean 3.2 / 4 = 0.8, weights 50 with levels) a quarter of it.
   */
  @Test
  void aFrontLineWithoutFinalCustomerCostsDistance() {
    Diagnosis far = DiagnosisEngine.diagnose(HandWrittenOrganization.organization("Far").customer("retail")
        .team("shop", TeamKind.FRONT_LINE).team("desk", TeamKind.FRONT_LINE).team("make", TeamKind.CORE)
        .team("it", TeamKind.SUPPORT)
        .person("boss", "shop", null).person("d", "desk", "boss").person("m", "make", "boss").person("i", "it", "boss")
        .link("shop", "retail").link("desk", "shop").link("make", "shop").link("it", "make").build());
    CentricityScorer scorer = new CentricityScorer(far, ScoringSettings.DEFAULTS);

    IndexBreakdown desk = scorer.team(new TeamInput(far.team("desk").orElseThrow(), 0, List.of(), null,
        new Cards(0, 0)));
    assertThat(gain(desk, "FRONT_LINE_WITHOUT_FINAL_CUSTOMER").gain()).isCloseTo(7.5, within(EPSILON));
    IndexBreakdown organisation = scorer.organization(new OrganizationInput(new ListeningReport(null, 0, 0,
        List.of()), List.of(), new Cards(0, 0)));
    assertThat(component(organisation, Component.DISTANCE).computation()).isEqualTo("3.2 / 4 = 0.8");
    assertThat(gain(organisation, "FRONT_LINE_WITHOUT_FINAL_CUSTOMER").gain())
        .isCloseTo(100 * 15 / 50.0 * 0.05, within(EPSILON));
  }

  /** A quarter: listening 0.25 and CSAT 4.2 → 0.8, weights 20 and 25: 100 × (5 + 20) / 45. */
  @Test
  void aQuarterScoresListeningAndSatisfaction() {
    QuarterScore quarter = QuarterScore.of(Weights.DEFAULTS, 0.25, 4.2);
    assertThat(quarter.satisfaction()).isCloseTo(0.8, within(EPSILON));
    assertThat(quarter.index()).isCloseTo(2500.0 / 45, within(EPSILON));
    assertThat(QuarterScore.of(Weights.DEFAULTS, null, null).index()).isNull();
  }

  /**
   * ops commits on "on-time" and "invoice" only, and sales's 2.5 is below 3: the promises are not
   * felt, flagged. sales commits a quote to retail, which is satisfied at 4; with no campaign, no verdict.
   */
  @Test
  void eachLinkSaysWhetherTheVoiceAgreesWithTheCommitments() {
    Satisfaction opsVoice = new Satisfaction(3.4, 10, false, List.of(new Satisfaction.Group("sales", 2.5, 4, 5,
        false)));
    assertThat(scorer.links("ops", opsVoice)).containsExactly(new LinkAgreement("sales", 3, 2, 1, 2.5, 5, false,
        VoiceAgreement.COMMITTED_BUT_DISSATISFIED));
    Satisfaction salesVoice = new Satisfaction(4.0, 6, false, List.of(new Satisfaction.Group("retail", 4.0, 6, 6,
        false)));
    assertThat(scorer.links("sales", salesVoice)).singleElement().extracting(LinkAgreement::verdict)
        .isEqualTo(VoiceAgreement.AGREES);
    assertThat(scorer.links("sales", null)).singleElement().satisfies(link -> {
      assertThat(link.verdict()).isEqualTo(VoiceAgreement.NO_VOICE);
      assertThat(link.responses()).isZero();
    });
  }

  @Test
  void aTeamOfAnotherDiagnosisIsRefused() {
    Diagnosis other = DiagnosisEngine.diagnose(HandWrittenOrganization.organization("Other").customer("retail")
        .team("desk", TeamKind.FRONT_LINE).person("p", "desk", null).link("desk", "retail").build());
    assertThatThrownBy(() -> scorer.team(new TeamInput(other.team("desk").orElseThrow(), 1, List.of(), null,
        new Cards(0, 0)))).isInstanceOf(IllegalArgumentException.class);
  }

  private static ComponentScore component(IndexBreakdown breakdown, Component component) {
    return breakdown.components().stream().filter(c -> c.component() == component).findFirst().orElseThrow();
  }

  private static Gain gain(IndexBreakdown breakdown, String code) {
    return breakdown.gains().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
