package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.voice.Thresholds.Promise;

/** The threshold promised to an answer: the campaigns of its day, never below three. */
class ThresholdsTests {

  static final Instant JANUARY = Instant.parse("2026-01-10T00:00:00Z");
  static final Instant MARCH = Instant.parse("2026-03-10T00:00:00Z");

  @Test
  void anAnswerIsPromisedTheLargestThresholdOfTheCampaignsOfItsDay() {
    Thresholds thresholds = Thresholds.of(List.of(new Promise(MARCH, 8), new Promise(JANUARY, 5)));

    assertThat(thresholds.at(JANUARY.minusSeconds(1), 4)).as("before any campaign: its own").isEqualTo(4);
    assertThat(thresholds.at(JANUARY, 4)).isEqualTo(5);
    assertThat(thresholds.at(MARCH.minusSeconds(1), 5)).isEqualTo(5);
    assertThat(thresholds.at(MARCH, 5)).as("from the larger campaign's creation on").isEqualTo(8);
    assertThat(thresholds.latest(5)).isEqualTo(8);
  }

  @Test
  void noThresholdIsBelowThree() {
    Thresholds legacy = Thresholds.of(List.of(new Promise(JANUARY, 1)));

    assertThat(legacy.at(MARCH, 2)).isEqualTo(Thresholds.MINIMUM).isEqualTo(3);
    assertThat(legacy.latest(5)).isEqualTo(3);
    assertThat(Thresholds.of(List.of()).latest(5)).as("no campaign: the default").isEqualTo(5);
    assertThat(Thresholds.of(List.of()).latest(1)).isEqualTo(3);
  }
}
