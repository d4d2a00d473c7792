package org.maillon.server.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.server.listening.PulseAnswer;
import org.maillon.server.themes.ThemesForTests;
import org.maillon.server.themes.VerbatimThemes;

/**
 * The themes of the pulse's free texts under its anonymity rule, worked out by hand: five answers
 * of one team, published by whole batches of the threshold; only published answers are read, each
 * answer's texts count once, and a theme backed by fewer answers than the threshold is hidden.
 */
class PulseThemesTests {

  private static final VerbatimThemes ANALYSIS = ThemesForTests.analysis();

  /** Answers 1 to 3 and 5 say « reporting hebdomadaire » (answer 1 twice), 3 and 4 « validations de devis ». */
  private static List<PulseAnswer> answers(int threshold) {
    return List.of(
        answer(threshold, "Trop de reporting hebdomadaire", "Le reporting hebdomadaire, encore et toujours"),
        answer(threshold, "Le reporting hebdomadaire prend du temps"),
        answer(threshold, "Un reporting hebdomadaire que personne ne lit. Les validations de devis traînent"),
        answer(threshold, "Les validations de devis traînent des semaines"),
        answer(threshold, "Encore ce reporting hebdomadaire"));
  }

  @Test
  void aBatchOfThreeShowsTheThemeThreeAnswersBackAndHidesTheOthers() {
    PulseFigures figures = PulseFigures.of(PulseFiguresTests.NO_PULSE, 5, List.of("a"), answers(3));

    // Answers 4 and 5 wait for a third: only 1 to 3 are read; answer 1 counts once.
    assertThat(figures.texts()).hasSize(3);
    List<PulseTheme> themes = PulseThemes.of(ANALYSIS, figures.texts(), 3);

    assertThat(themes).extracting(PulseTheme::label, PulseTheme::count)
        .containsExactly(tuple("reporting hebdomadaire", 3));
  }

  @Test
  void aHigherThresholdHidesEveryTheme() {
    PulseFigures figures = PulseFigures.of(PulseFiguresTests.NO_PULSE, 5, List.of("a"), answers(4));

    // A batch of four is published: « reporting hebdomadaire » has 3 answers, « devis » 2, both below 4.
    assertThat(figures.texts()).hasSize(4);
    assertThat(PulseThemes.of(ANALYSIS, figures.texts(), 4)).isEmpty();
  }

  @Test
  void withoutAnalysisThereAreNoThemes() {
    assertThat(PulseThemes.of(null, List.of("Trop de reporting"), 3)).isNull();
  }

  private static PulseAnswer answer(int threshold, String... texts) {
    return new PulseAnswer("a", PulseFiguresTests.Q1, threshold, 2, 50, 3, List.of(texts));
  }
}
