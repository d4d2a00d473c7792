package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analyst of the anonymity properties finds the known leaks of publishing by groups, so that
 * its silence on {@link Batches} means something: margins suppressed one partition at a time, and
 * a figure that moves with one answer.
 */
class AnalystTests {

  private static BitSet answers(int from, int to) {
    BitSet set = new BitSet();
    set.set(from, to);
    return set;
  }

  private static BitSet union(BitSet... sets) {
    BitSet union = new BitSet();
    List.of(sets).forEach(union::or);
    return union;
  }

  @Test
  void theTeamsTrendMinusOneCustomersTrendGivesTheHiddenCellAway() {
    // logistique: pose-sav 6 + 6 answers in Q1 and Q2, ventes-magasins 2 in Q1 (hidden) and 6 in Q2.
    BitSet poseSavQ1 = answers(0, 6);
    BitSet poseSavQ2 = answers(6, 12);
    BitSet magasinsQ1 = answers(12, 14);
    BitSet magasinsQ2 = answers(14, 20);
    Analyst analyst = new Analyst(20);
    // What suppression one partition at a time showed: the total, both customers, both quarters of
    // the team's trend, and pose-sav's own trend (?customer=pose-sav); ventes-magasins' trend hidden.
    List.of(union(poseSavQ1, poseSavQ2, magasinsQ1, magasinsQ2), union(poseSavQ1, poseSavQ2),
        union(magasinsQ1, magasinsQ2), union(poseSavQ1, magasinsQ1), union(poseSavQ2, magasinsQ2), poseSavQ1,
        poseSavQ2).forEach(analyst::learn);

    assertThat(analyst.determines(magasinsQ1)).as("Q1 of the team minus Q1 of pose-sav").isTrue();
    assertThat(analyst.determines(answers(12, 13))).as("one answer of the two alone").isFalse();
    assertThat(analyst.blocs()).contains(magasinsQ1);
  }

  @Test
  void aFigureThatMovesWithOneAnswerGivesThatAnswerAway() {
    Analyst analyst = new Analyst(11);
    analyst.learn(answers(0, 10));
    analyst.learn(answers(0, 11));

    assertThat(analyst.determines(answers(10, 11))).isTrue();
    assertThat(analyst.determines(answers(9, 10))).isFalse();
  }

  @Test
  void sumsOfWholeBlocsDetermineNothingSmallerThanABloc() {
    Analyst analyst = new Analyst(15);
    analyst.learn(answers(0, 5));
    analyst.learn(answers(0, 10));
    analyst.learn(answers(5, 15));

    assertThat(analyst.blocs()).containsExactlyInAnyOrder(answers(0, 5), answers(5, 10), answers(10, 15));
    assertThat(analyst.determines(answers(10, 15))).isTrue();
    assertThat(analyst.determines(answers(0, 4))).isFalse();
    assertThat(analyst.determines(answers(4, 6))).isFalse();
  }
}
