package org.maillon.server.demo.verbatims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoVerbatimsTests {

  private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

  @Test
  void givesTheSameVerbatimsForTheSameSeed() {
    assertThat(sequence(42)).isEqualTo(sequence(42)).isNotEqualTo(sequence(43));
  }

  @ParameterizedTest
  @CsvSource({"0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER", "10, PROMOTER"})
  void matchesTheToneOfTheScore(int nps, Tone tone) {
    SplittableRandom random = new SplittableRandom(7);
    for (Locale language : LANGUAGES) {
      assertThat(IntStream.range(0, 50).mapToObj(i -> DemoVerbatims.pick(random, nps, language)))
          .allMatch(DemoVerbatims.phrasings(tone, language)::contains);
    }
  }

  @Test
  void offersAtLeastTwentyFiveDistinctPhrasingsPerToneAndLanguage() {
    for (Locale language : LANGUAGES) {
      for (Tone tone : Tone.values()) {
        List<String> phrasings = DemoVerbatims.phrasings(tone, language);
        assertThat(phrasings).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates()
            .allMatch(text -> !text.isBlank() && !text.contains("|"));
      }
    }
    assertThat(DemoVerbatims.phrasings(Tone.PROMOTER, Locale.FRENCH))
        .doesNotContainAnyElementsOf(DemoVerbatims.phrasings(Tone.PROMOTER, Locale.ENGLISH));
  }

  @Test
  void speaksFrenchOnlyToFrenchAndEnglishToEveryoneElse() {
    assertThat(DemoVerbatims.phrasings(Tone.PASSIVE, Locale.CANADA_FRENCH))
        .isEqualTo(DemoVerbatims.phrasings(Tone.PASSIVE, Locale.FRENCH));
    assertThat(DemoVerbatims.phrasings(Tone.PASSIVE, Locale.GERMAN))
        .isEqualTo(DemoVerbatims.phrasings(Tone.PASSIVE, Locale.ENGLISH));
  }

  @Test
  void rejectsAScoreOutsideZeroToTen() {
    SplittableRandom random = new SplittableRandom(1);
    assertThatThrownBy(() -> DemoVerbatims.pick(random, 11, Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoVerbatims.pick(random, -1, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> sequence(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return IntStream.range(0, 40)
        .mapToObj(i -> DemoVerbatims.pick(random, i % 11, LANGUAGES.get(i % 2)))
        .toList();
  }
}
