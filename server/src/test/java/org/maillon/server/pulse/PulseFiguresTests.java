package org.maillon.server.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.server.listening.PulseAnswer;
import org.maillon.voice.Thresholds;

/** The pulse figures on cases worked out by hand, from published batches only. */
class PulseFiguresTests {

  static final Instant Q1 = Instant.parse("2026-02-10T09:00:00Z");
  static final Instant Q2 = Instant.parse("2026-05-10T09:00:00Z");
  static final Thresholds NO_PULSE = Thresholds.of(List.of());

  @Test
  void theMeansAreWorkedOutByHand() {
    List<PulseAnswer> answers = List.of(
        answer("a", Q1, 3, 2, 50, 1), answer("a", Q1, 3, 4, 60, 2), answer("a", Q1, 3, 9, 70, 4),
        answer("b", Q1, 3, 0, 100, 5), answer("b", Q1, 3, 10, 40, 3), answer("b", Q2, 3, 20, 25, 2));

    PulseFigures figures = PulseFigures.of(NO_PULSE, 5, List.of("a", "b"), answers);

    assertThat(figures.threshold()).as("no pulse: the default").isEqualTo(5);
    // a: hours (2 + 4 + 9)/3 = 5, share (50 + 60 + 70)/3 = 60, freedom (1 + 2 + 4)/3 = 7/3.
    PulseMeans a = figures.teams().get("a");
    assertThat(a.hidden()).isFalse();
    assertThat(a.responses()).isEqualTo(3);
    assertThat(a.hoursLost()).isEqualTo(5.0);
    assertThat(a.customerShare()).isEqualTo(60.0);
    assertThat(a.freedom()).isCloseTo(7.0 / 3, within(1e-12));
    // b: hours 30/3 = 10, share 165/3 = 55, freedom 10/3, published in Q2 with its third answer.
    PulseMeans b = figures.teams().get("b");
    assertThat(List.of(b.hoursLost(), b.customerShare())).containsExactly(10.0, 55.0);
    assertThat(b.freedom()).isCloseTo(10.0 / 3, within(1e-12));
    // The whole: hours 45/6 = 7.5, share 345/6 = 57.5, freedom 17/6.
    assertThat(figures.total().responses()).isEqualTo(6);
    assertThat(figures.total().hoursLost()).isEqualTo(7.5);
    assertThat(figures.total().customerShare()).isEqualTo(57.5);
    assertThat(figures.total().freedom()).isCloseTo(17.0 / 6, within(1e-12));
    // Each batch counts in the quarter it was published: a's in Q1, b's (completed in May) in Q2.
    assertThat(figures.trend()).extracting(PulseFigures.Period::period).containsExactly("2026-Q1", "2026-Q2");
    assertThat(figures.trend().get(0).means().hoursLost()).isEqualTo(5.0);
    assertThat(figures.trend().get(1).means().responses()).isEqualTo(3);
    assertThat(figures.trend().get(1).means().hoursLost()).isEqualTo(10.0);
  }

  @Test
  void answersWaitingForTheirBatchCountNowhere() {
    List<PulseAnswer> answers = new ArrayList<>();
    answers.addAll(team("a", 7, 8));
    answers.addAll(team("b", 4, 30));

    PulseFigures figures = PulseFigures.of(NO_PULSE, 5, List.of("a", "b", "c"), answers);

    // a: one batch of 5 published, 2 waiting; b: 4, no batch yet; c: nobody. The total is the
    // published batch only, so that total minus a reveals nothing of b.
    assertThat(figures.teams().get("a").responses()).isEqualTo(5);
    assertThat(figures.teams().get("a").hoursLost()).isEqualTo(8.0);
    assertThat(figures.teams().get("b")).isEqualTo(new PulseMeans(0, null, null, null, true));
    assertThat(figures.teams().get("c")).isEqualTo(figures.teams().get("b"));
    assertThat(figures.total().responses()).isEqualTo(5);
    assertThat(figures.total().hoursLost()).isEqualTo(8.0);
    assertThat(figures.trend()).singleElement().satisfies(period -> assertThat(period.means().responses())
        .isEqualTo(5));
  }

  @Test
  void withNothingPublishedNothingIsShown() {
    PulseFigures figures = PulseFigures.of(NO_PULSE, 5, List.of("a", "b"), team("a", 4, 12));

    assertThat(figures.total()).isEqualTo(new PulseMeans(0, null, null, null, true));
    assertThat(hidden(figures)).containsExactly("a", "b");
    assertThat(figures.trend()).isEmpty();
  }

  @Test
  void aPulsesLargerThresholdAppliesToTheAnswersGivenAfterItsCreation() {
    Thresholds raised = Thresholds.of(List.of(new Thresholds.Promise(Q2, 8)));
    List<PulseAnswer> answers = new ArrayList<>(team("a", 5, 12));
    for (int i = 0; i < 7; i++) {
      answers.add(answer("a", Q2, 5, 20, 50, 3));
    }

    PulseFigures figures = PulseFigures.of(raised, 5, List.of("a"), answers);

    assertThat(figures.threshold()).isEqualTo(8);
    assertThat(figures.teams().get("a").responses()).as("the Q1 batch of 5; 7 of 8 wait").isEqualTo(5);
    assertThat(figures.teams().get("a").hoursLost()).isEqualTo(12.0);
  }

  @Test
  void teamsOnlyTheAnswersNameAreListedAfterTheOthers() {
    List<PulseAnswer> answers = new ArrayList<>(team("gone", 5, 40));
    answers.addAll(team("a", 6, 1));

    PulseFigures figures = PulseFigures.of(NO_PULSE, 5, List.of("a"), answers);

    assertThat(figures.teams().keySet()).containsExactly("a", "gone");
    assertThat(figures.teams().get("gone").hoursLost()).isEqualTo(40.0);
  }

  private static PulseAnswer answer(String team, Instant at, int threshold, int hours, int share, int freedom) {
    return new PulseAnswer(team, at, threshold, hours, share, freedom, List.of());
  }

  private static List<PulseAnswer> team(String team, int count, int hours) {
    List<PulseAnswer> answers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      answers.add(answer(team, Q1, 5, hours, 50, 3));
    }
    return answers;
  }

  private static List<String> hidden(PulseFigures figures) {
    return figures.teams().entrySet().stream().filter(e -> e.getValue().hidden()).map(e -> e.getKey()).toList();
  }
}
