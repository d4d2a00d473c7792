package org.maillon.server.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pulse figures on cases worked out by hand, and what anonymity hides. */
class PulseFiguresTests {

  static final Instant Q1 = Instant.parse("2026-02-10T09:00:00Z");
  static final Instant Q2 = Instant.parse("2026-05-10T09:00:00Z");

  @Test
  void theMeansAreWorkedOutByHand() {
    List<PulseAnswer> answers = List.of(
        new PulseAnswer("a", Q1, 2, 50, 1), new PulseAnswer("a", Q1, 4, 60, 2), new PulseAnswer("a", Q1, 9, 70, 4),
        new PulseAnswer("b", Q1, 0, 100, 5), new PulseAnswer("b", Q1, 10, 40, 3), new PulseAnswer("b", Q2, 20, 25, 2));

    PulseFigures figures = PulseFigures.of(3, List.of("a", "b"), answers);

    // a: hours (2 + 4 + 9)/3 = 5, share (50 + 60 + 70)/3 = 60, freedom (1 + 2 + 4)/3 = 7/3.
    PulseMeans a = figures.teams().get("a");
    assertThat(a.hidden()).isFalse();
    assertThat(a.responses()).isEqualTo(3);
    assertThat(a.hoursLost()).isEqualTo(5.0);
    assertThat(a.customerShare()).isEqualTo(60.0);
    assertThat(a.freedom()).isCloseTo(7.0 / 3, within(1e-12));
    // b: hours 30/3 = 10, share 165/3 = 55, freedom 10/3.
    PulseMeans b = figures.teams().get("b");
    assertThat(List.of(b.hoursLost(), b.customerShare())).containsExactly(10.0, 55.0);
    assertThat(b.freedom()).isCloseTo(10.0 / 3, within(1e-12));
    // The whole: hours 45/6 = 7.5, share 345/6 = 57.5, freedom 17/6.
    assertThat(figures.total().responses()).isEqualTo(6);
    assertThat(figures.total().hoursLost()).isEqualTo(7.5);
    assertThat(figures.total().customerShare()).isEqualTo(57.5);
    assertThat(figures.total().freedom()).isCloseTo(17.0 / 6, within(1e-12));
    // Quarters: Q1 holds 5, Q2 only 1, so Q2 is hidden, and Q1 with it, or Q2 = total − Q1.
    assertThat(figures.trend()).extracting(PulseFigures.Period::period).containsExactly("2026-Q1", "2026-Q2");
    assertThat(figures.trend()).allSatisfy(period -> {
      assertThat(period.means().hidden()).isTrue();
      assertThat(period.means().hoursLost()).isNull();
    });
    assertThat(figures.trend().get(0).means().responses()).isEqualTo(5);
    assertThat(figures.trend().get(1).means().responses()).isEqualTo(1);
  }

  @Test
  void aSmallTeamIsHiddenAndTheSmallestOtherTeamWithIt() {
    List<PulseAnswer> answers = new ArrayList<>();
    answers.addAll(team("a", 6, 8));
    answers.addAll(team("b", 5, 4));
    answers.addAll(team("c", 7, 3));
    answers.addAll(team("d", 2, 30));

    PulseFigures figures = PulseFigures.of(5, List.of("a", "b", "c", "d", "e"), answers);

    assertThat(figures.total().hidden()).isFalse();
    assertThat(figures.total().responses()).isEqualTo(20);
    // d (2) is below 5; were it alone hidden, it would be the total minus a, b and c: b (5), the
    // smallest shown, is hidden too. e has no response: hidden, but it reveals nothing.
    assertThat(hidden(figures)).containsExactly("b", "d", "e");
    assertThat(figures.teams().get("d").responses()).isEqualTo(2);
    assertThat(figures.teams().get("d").hoursLost()).isNull();
    assertThat(figures.teams().get("b").customerShare()).isNull();
    assertThat(figures.teams().get("a").hoursLost()).isEqualTo(8.0);
    // The whole: hours (6·8 + 5·4 + 7·3 + 2·30)/20 = 149/20.
    assertThat(figures.total().hoursLost()).isEqualTo(149.0 / 20);
  }

  @Test
  void belowTheThresholdNothingIsShownButTheCounts() {
    PulseFigures figures = PulseFigures.of(5, List.of("a", "b"), team("a", 4, 12));

    assertThat(figures.total().hidden()).isTrue();
    assertThat(figures.total().responses()).isEqualTo(4);
    assertThat(figures.total().hoursLost()).isNull();
    assertThat(figures.total().customerShare()).isNull();
    assertThat(figures.total().freedom()).isNull();
    assertThat(hidden(figures)).containsExactly("a", "b");
    assertThat(figures.teams().get("a").responses()).isEqualTo(4);
    assertThat(figures.trend()).singleElement().satisfies(period -> assertThat(period.means().hidden()).isTrue());
  }

  @Test
  void aTeamAnsweringAloneIsShownWhenItReachesTheThreshold() {
    PulseFigures figures = PulseFigures.of(5, List.of("a", "b"), team("a", 5, 12));

    assertThat(hidden(figures)).containsExactly("b");
    assertThat(figures.teams().get("a").hoursLost()).isEqualTo(12.0);
    assertThat(figures.trend()).singleElement().satisfies(period -> {
      assertThat(period.period()).isEqualTo("2026-Q1");
      assertThat(period.means().hoursLost()).isEqualTo(12.0);
    });
  }

  @Test
  void teamsOnlyTheAnswersNameStillPartitionTheTotal() {
    List<PulseAnswer> answers = new ArrayList<>(team("a", 6, 1));
    answers.addAll(team("gone", 1, 40));

    PulseFigures figures = PulseFigures.of(5, List.of("a"), answers);

    assertThat(figures.teams().keySet()).containsExactly("a", "gone");
    assertThat(hidden(figures)).containsExactly("a", "gone");
  }

  private static List<PulseAnswer> team(String team, int count, int hours) {
    List<PulseAnswer> answers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      answers.add(new PulseAnswer(team, Q1, hours, 50, 3));
    }
    return answers;
  }

  private static List<String> hidden(PulseFigures figures) {
    return figures.teams().entrySet().stream().filter(e -> e.getValue().hidden()).map(e -> e.getKey()).toList();
  }
}
