package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.maillon.diagnosis.ChainLink.BUREAUCRATISATION;
import static org.maillon.diagnosis.ChainLink.OBESITY;
import static org.maillon.diagnosis.ChainLink.TECHNOCRATISATION;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.LinkScore.State;
import org.maillon.testing.HandWrittenOrganization;

/** The links' scores, states and the weakest, on {@link SmallOrganization} and smaller cases, computed by hand. */
class ChainVerdictTests {

  @Test
  void theSmallOrganizationsLinksScoredByHand() {
    ChainVerdict verdict = ChainVerdict.of(DiagnosisEngine.diagnose(SmallOrganization.build()));

    // Teams 4 of 6 with a path: 67; support 1 of 2: 50; links 8 of 9 the right way: 89;
    // expectations q48 answered, deliv and uptime not: 1 of 3, 33; commitments 1 of 2 asked: 50.
    LinkScore techno = verdict.links().get(0);
    assertThat(techno.measures()).extracting(LinkMeasure.Value::measure, LinkMeasure.Value::shortfall,
        LinkMeasure.Value::total, LinkMeasure.Value::score).containsExactly(
        tuple(LinkMeasure.TEAMS_WITHOUT_PATH, 2, 6, 67), tuple(LinkMeasure.SUPPORT_NOT_REACHING, 1, 2, 50),
        tuple(LinkMeasure.INVERSIONS, 1, 9, 89), tuple(LinkMeasure.UNCOVERED_EXPECTATIONS, 2, 3, 33),
        tuple(LinkMeasure.UNASKED_COMMITMENTS, 1, 2, 50));
    assertThat(techno.score()).isEqualTo(33);
    assertThat(techno.weakest().measure()).isEqualTo(LinkMeasure.UNCOVERED_EXPECTATIONS);
    assertThat(techno.state()).isEqualTo(State.RED);

    // 6 procedures: refund climbs (5 of 6, 83), discount held by support (83), form and report
    // are internal controls (4 of 6, 67).
    LinkScore bureau = verdict.links().get(1);
    assertThat(bureau.measures()).extracting(LinkMeasure.Value::score).containsExactly(83, 83, 67);
    assertThat(bureau.score()).isEqualTo(67);
    assertThat(bureau.state()).isEqualTo(State.AMBER);

    // 2 levels, 1 needed: 1 of 2, 50; ceo passes through, 3 of 4 managers do not: 75.
    LinkScore obesity = verdict.links().get(2);
    assertThat(obesity.measures()).extracting(LinkMeasure.Value::score).containsExactly(50, 75);
    assertThat(obesity.weakest().sound()).isEqualTo(1);
    assertThat(obesity.state()).isEqualTo(State.AMBER);

    assertThat(verdict.links()).extracting(LinkScore::link).containsExactly(TECHNOCRATISATION, BUREAUCRATISATION, OBESITY);
    assertThat(verdict.weakest()).isSameAs(techno);
    assertThat(verdict.sound()).isFalse();
  }

  @Test
  void findingsAreCountedOnTheirLink() {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(SmallOrganization.build());
    ChainVerdict verdict = ChainVerdict.of(diagnosis);
    for (LinkScore link : verdict.links()) {
      List<Finding> of = diagnosis.findings().stream().filter(f -> f.link() == link.link()).toList();
      assertThat(link.critical() + link.warnings() + link.notes()).isEqualTo(of.size());
      assertThat(link.critical()).isEqualTo(of.stream().filter(f -> f.severity() == Severity.CRITICAL).count());
    }
  }

  @Test
  void aSoundOrganizationHasNoWeakLinkAndEveryLightGreen() {
    ChainVerdict verdict = ChainVerdict.of(DiagnosisEngine.diagnose(HandWrittenOrganization.organization("Sound")
        .customer("buyers").team("shop", FRONT_LINE).team("it", SUPPORT)
        .person("boss", "shop", null).people("s", 3, "shop", "boss").person("dev", "it", "boss")
        .link("shop", "buyers").link("it", "shop").build()));

    assertThat(verdict.links()).extracting(LinkScore::score, LinkScore::state)
        .containsOnly(tuple(100, State.GREEN));
    assertThat(verdict.sound()).isTrue();
    assertThat(verdict.weakest().link()).isEqualTo(TECHNOCRATISATION);
  }

  @Test
  void noFinalCustomerLeavesEveryTeamWithoutAPath() {
    ChainVerdict verdict = ChainVerdict.of(DiagnosisEngine.diagnose(HandWrittenOrganization.organization("Lost")
        .team("shop", FRONT_LINE).person("boss", "shop", null).people("s", 3, "shop", "boss").build()));

    assertThat(verdict.weakest().link()).isEqualTo(TECHNOCRATISATION);
    assertThat(verdict.weakest().weakest()).isEqualTo(new LinkMeasure.Value(LinkMeasure.TEAMS_WITHOUT_PATH, 1, 1));
    assertThat(verdict.weakest().score()).isZero();
    assertThat(verdict.weakest().state()).isEqualTo(State.RED);
  }

  @Test
  void aMeasureScoresItsSoundShareRoundedHalfUp() {
    assertThat(new LinkMeasure.Value(LinkMeasure.EXCESS_LEVELS, 3, 5).score()).isEqualTo(40);
    assertThat(new LinkMeasure.Value(LinkMeasure.INVERSIONS, 1, 8).score()).isEqualTo(88);
    assertThat(new LinkMeasure.Value(LinkMeasure.INVERSIONS, 1, 200).score()).isEqualTo(100);
    assertThat(new LinkMeasure.Value(LinkMeasure.INVERSIONS, 0, 0).score()).isEqualTo(100);
    assertThatThrownBy(() -> new LinkMeasure.Value(LinkMeasure.INVERSIONS, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(LinkMeasure.PASS_THROUGH_MANAGERS.key()).isEqualTo("passThroughManagers");
  }

  @Test
  void theStateIsRedBelowFiftyAmberBelowEightyOrWithACriticalFinding() {
    assertThat(State.of(49, 0)).isEqualTo(State.RED);
    assertThat(State.of(50, 0)).isEqualTo(State.AMBER);
    assertThat(State.of(79, 0)).isEqualTo(State.AMBER);
    assertThat(State.of(80, 0)).isEqualTo(State.GREEN);
    assertThat(State.of(100, 1)).isEqualTo(State.AMBER);
  }

  @Test
  void aLinkFallingShortByLessThanHalfAPointStillBeatsASoundOneForWeakest() {
    LinkScore link = LinkScore.of(OBESITY, List.of(new LinkMeasure.Value(LinkMeasure.EXCESS_LEVELS, 0, 5),
        new LinkMeasure.Value(LinkMeasure.PASS_THROUGH_MANAGERS, 1, 300)), 0, 1, 0);
    assertThat(link.score()).isEqualTo(100);
    assertThat(link.weakest().measure()).isEqualTo(LinkMeasure.PASS_THROUGH_MANAGERS);
    assertThat(link.fallsShort()).isTrue();
  }

  @Test
  void tiesGoToMoreCriticalFindingsThenMoreWarningsThenTheSourcesOrder() {
    LinkScore techno = link(TECHNOCRATISATION, LinkMeasure.TEAMS_WITHOUT_PATH, 0, 1);
    LinkScore bureau = link(BUREAUCRATISATION, LinkMeasure.CLIMBING_CIRCUITS, 0, 2);
    LinkScore obesity = link(OBESITY, LinkMeasure.EXCESS_LEVELS, 1, 0);
    assertThat(ChainVerdict.of(List.of(techno, bureau, obesity)).weakest()).isSameAs(obesity);
    assertThat(ChainVerdict.of(List.of(techno, bureau)).weakest()).isSameAs(bureau);
    LinkScore sameBureau = link(BUREAUCRATISATION, LinkMeasure.CLIMBING_CIRCUITS, 0, 1);
    assertThat(ChainVerdict.of(List.of(sameBureau, techno)).weakest()).isSameAs(techno);
    LinkScore lower = LinkScore.of(BUREAUCRATISATION,
        List.of(new LinkMeasure.Value(LinkMeasure.CLIMBING_CIRCUITS, 3, 4)), 0, 0, 0);
    assertThat(ChainVerdict.of(List.of(techno, lower, obesity)).weakest()).isSameAs(lower);
  }

  /** A link scoring 50 (1 of 2 short) with these findings. */
  private static LinkScore link(ChainLink chainLink, LinkMeasure measure, int critical, int warnings) {
    return LinkScore.of(chainLink, List.of(new LinkMeasure.Value(measure, 1, 2)), critical, warnings, 0);
  }

  @Test
  void aMeasureOfAnotherLinkIsRefused() {
    assertThatThrownBy(() -> LinkScore.of(OBESITY, List.of(new LinkMeasure.Value(LinkMeasure.INVERSIONS, 0, 1)), 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
