package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The score, its adjusted-Wald interval and the satisfaction mean on cases worked out by hand. */
class NpsTests {

  private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-9);

  @Test
  void threePromotersTwoPassivesOneDetractor() {
    // n = 6, score = 100·(3 − 1)/6 = 33.333…
    // n' = 9, p' = 3.75/9 = 0.416667, d' = 1.75/9 = 0.194444, nps' = p' − d' = 2/9 = 0.222222
    // se = sqrt((p' + d' − nps'²)/n') = sqrt((5.5/9 − 4/81)/9) = sqrt(0.561728/9) = 0.249828
    // low = 100·(0.222222 − 1.96·0.249828) = −26.7442, high = 100·(0.222222 + 0.489663) = 71.1886
    Nps nps = Nps.of(3, 2, 1);

    assertThat(nps.score()).isCloseTo(100.0 / 3, CLOSE);
    assertThat(nps.low()).isCloseTo(-26.744158562842223, CLOSE);
    assertThat(nps.high()).isCloseTo(71.18860300728667, CLOSE);
    assertThat(nps.low()).isCloseTo(100 * (2.0 / 9 - 1.96 * Math.sqrt((5.5 / 9 - 4.0 / 81) / 9)), CLOSE);
    assertThat(nps).extracting(Nps::promoters, Nps::passives, Nps::detractors, Nps::responses)
        .containsExactly(3, 2, 1, 6);
  }

  @Test
  void tenPromotersClampTheUpperBoundAt100() {
    // n = 10, score = 100. n' = 13, p' = 10.75/13, d' = 0.75/13, nps' = 10/13 = 0.769231
    // se = sqrt((11.5/13 − (10/13)²)/13) = sqrt((0.884615 − 0.591716)/13) = 0.150102
    // low = 100·(0.769231 − 0.294201) = 47.5030; high = 106.343, clamped to 100
    Nps nps = Nps.of(10, 0, 0);

    assertThat(nps.score()).isEqualTo(100.0);
    assertThat(nps.low()).isCloseTo(47.50301094417394, CLOSE);
    assertThat(nps.high()).isEqualTo(100.0);
  }

  @Test
  void moreDetractorsThanPromotersGiveANegativeScore() {
    // n = 6, score = 100·(2 − 3)/6 = −16.667; n' = 9, p' = 2.75/9, d' = 3.75/9, nps' = −1/9
    // se = sqrt((6.5/9 − 1/81)/9) = 0.280847; low = 100·(−0.111111 − 0.550461) = −66.157
    Nps nps = Nps.of(2, 1, 3);

    assertThat(nps.score()).isCloseTo(-100.0 / 6, CLOSE);
    assertThat(nps.low()).isCloseTo(-66.15716989015199, CLOSE);
    assertThat(nps.high()).isCloseTo(43.93494766792978, CLOSE);
  }

  @Test
  void noResponseHasNoScore() {
    assertThat(Nps.of(0, 0, 0)).isEqualTo(new Nps(null, null, null, 0, 0, 0, 0));
  }

  @Test
  void answersAreClassedAtSixSevenEightAndNine() {
    assertThat(Nps.classify(0)).isEqualTo(-1);
    assertThat(Nps.classify(6)).isEqualTo(-1);
    assertThat(Nps.classify(7)).isZero();
    assertThat(Nps.classify(8)).isZero();
    assertThat(Nps.classify(9)).isEqualTo(1);
    assertThat(Nps.classify(10)).isEqualTo(1);
    assertThatThrownBy(() -> Nps.classify(11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTallyGivesTheScoreAndTheMeanOfItsResponses() {
    // NPS answers 10, 9, 9, 8, 7, 3: 3 promoters, 2 passives, 1 detractor; CSAT 5+4+4+3+5+2 = 23 over 6
    Tally tally = new Tally();
    int[][] answers = {{10, 5}, {9, 4}, {9, 4}, {8, 3}, {7, 5}, {3, 2}};
    for (int[] answer : answers) {
      tally.response();
      tally.nps(answer[0]);
      tally.csat(answer[1]);
    }
    tally.response();

    GroupVoice voice = tally.voice();
    assertThat(voice.responses()).isEqualTo(7);
    assertThat(voice.hidden()).isFalse();
    assertThat(voice.nps()).isEqualTo(Nps.of(3, 2, 1));
    assertThat(voice.csat().mean()).isCloseTo(23.0 / 6, CLOSE);
    assertThat(voice.csat().responses()).isEqualTo(6);
  }

  @Test
  void aGroupWithNothingPublishedIsHiddenAndEmpty() {
    GroupVoice voice = new Tally().voice();

    assertThat(voice.hidden()).isTrue();
    assertThat(voice.nps()).isEqualTo(new Nps(null, null, null, 0, 0, 0, 0));
    assertThat(voice.csat()).isEqualTo(new Csat(null, 0));
    assertThatThrownBy(() -> new Tally().csat(6)).isInstanceOf(IllegalArgumentException.class);
  }
}
