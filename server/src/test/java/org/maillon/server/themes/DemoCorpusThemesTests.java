package org.maillon.server.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.maillon.server.demo.verbatims.DemoVerbatims;

/** The demo's verbatims read as their language and give the themes the demo means to show, as phrases and concepts merged across French and English. */
class DemoCorpusThemesTests {

  private static final int ANSWERS = 600;

  @Test
  void detectsTheLanguageOfEveryDemoVerbatim() {
    LanguageDetector detector = new LanguageDetector();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < ANSWERS; i++) {
      int nps = i % 11;
      assertThat(detector.detect(DemoVerbatims.pick(random, nps, Locale.FRENCH))).isEqualTo(Language.FRENCH);
      assertThat(detector.detect(DemoVerbatims.pick(random, nps, Locale.ENGLISH))).isEqualTo(Language.ENGLISH);
    }
  }

  @Test
  void findsLeadTimesAmongDetractorThemes() {
    SplittableRandom random = new SplittableRandom(11);
    List<Verbatim> verbatims = new ArrayList<>();
    for (int i = 0; i < ANSWERS; i++) {
      int nps = random.nextInt(11);
      Locale language = i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH;
      verbatims.add(new Verbatim(DemoVerbatims.pick(random, nps, language), nps));
    }

    try (LuceneVerbatimThemes themes = new LuceneVerbatimThemes()) {
      ThemeReport report = themes.analyse(verbatims, 50, 5);

      assertThat(report.recurring()).extracting(Theme::term)
          .contains("=délais", "=livraison", "=facture", "=sav", "=devis", "=réactivité");
      assertThat(report.recurring()).allMatch(theme -> theme.term().startsWith("=") || theme.label().contains(" "),
          "a phrase or a concept, never a word alone");
      assertThat(report.detractorThemes()).extracting(Theme::term).contains("=délais");
      assertThat(report.promoterThemes()).extracting(Theme::label).isNotEmpty();
    }
  }
}
