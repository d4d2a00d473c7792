package org.maillon.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillon.server.voice.NpsReading.Precision;
import org.maillon.server.voice.NpsReading.Verdict;
import org.maillon.voice.Nps;

class NpsReadingTests {

  @ParameterizedTest
  @CsvSource({"-100, POOR", "-0.1, POOR", "0, GOOD", "29.9, GOOD", "30, GREAT", "69.9, GREAT", "70, EXCELLENT",
      "100, EXCELLENT"})
  void givesTheUsualBand(double score, Verdict verdict) {
    assertThat(NpsReading.verdict(score)).isEqualTo(verdict);
  }

  @Test
  void saysTheIntervalAsAMarginAndHowFarToTrustIt() {
    // P = 3, passives 2, D = 1: 33.3, interval −26.7 to 71.2 (docs/voice.md), so ± 49 points.
    NpsReading few = NpsReading.of(Nps.of(3, 2, 1));
    assertThat(few).isEqualTo(new NpsReading(Verdict.GREAT, 49L, Precision.FEW_ANSWERS));

    NpsReading many = NpsReading.of(Nps.of(600, 300, 100));
    assertThat(many.verdict()).isEqualTo(Verdict.GREAT);
    assertThat(many.margin()).isBetween(4L, 5L);
    assertThat(many.precision()).isEqualTo(Precision.PRECISE);

    assertThat(NpsReading.of(Nps.of(60, 30, 10)).precision()).isEqualTo(Precision.ROUGH);
  }

  @Test
  void readsNothingWithoutAScore() {
    assertThat(NpsReading.of(Nps.of(0, 0, 0))).isEqualTo(new NpsReading(null, null, null));
    assertThat(NpsReading.of(null)).isEqualTo(new NpsReading(null, null, null));
  }
}
