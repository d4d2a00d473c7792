package org.maillon.server.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Themes as phrases and concepts, counted once per verbatim, and tied to a score class only above the threshold. */
class LuceneVerbatimThemesTests {

  /** Three detractors, three promoters, a passive and an unscored answer; leans worked out by hand. */
  private static final List<Verbatim> SCORED = List.of(
      new Verbatim("Délais de livraison trop longs", 2),
      new Verbatim("Livraison en retard et facture erronée", 4),
      new Verbatim("Facture erronée, délais non tenus", 6),
      new Verbatim("Équipe réactive, installation soignée", 10),
      new Verbatim("Installation soignée, équipe très réactive", 9),
      new Verbatim("Livraison rapide, équipe réactive", 9),
      new Verbatim("La facture est claire", 8),
      new Verbatim("Une livraison correcte", null));

  private final LuceneVerbatimThemes themes = new LuceneVerbatimThemes();

  @AfterEach
  void close() {
    themes.close();
  }

  @Test
  void groupsFrenchInflectionsUnderTheirMostWrittenForm() {
    ThemeReport report = analyse(
        new Verbatim("Les délais de livraison sont trop longs", 3),
        new Verbatim("Livraison en retard, délai non tenu", 2),
        new Verbatim("Délais interminables", 5));

    assertThat(report.verbatims()).isEqualTo(3);
    assertThat(report.recurring()).containsExactly(
        new Theme("=délais", "délais", 3, List.of("Délais interminables",
            "Livraison en retard, délai non tenu", "Les délais de livraison sont trop longs")),
        new Theme("=livraison", "livraison", 2, List.of("Livraison en retard, délai non tenu",
            "Les délais de livraison sont trop longs")));
  }

  @Test
  void findsPhrasesAcrossStopWordsButNotAcrossPunctuation() {
    ThemeReport report = analyse(
        new Verbatim("Les délais de livraison sont trop longs", 3),
        new Verbatim("Délais de livraison non tenus", 2),
        new Verbatim("Un délai de livraison correct", 5),
        new Verbatim("Des délais, livraison incomplète", 5));

    assertThat(labelsAndCounts(report.recurring())).containsExactly("délais 4", "livraison 4", "délais de livraison 3");
  }

  @Test
  void aWordAloneIsNeverAThemeUnlessItNamesAConcept() {
    assertThat(analyse(new Verbatim("A bit slow", 5), new Verbatim("A bit late", 6),
        new Verbatim("Un nouvel outil lent", 5), new Verbatim("Le nouvel outil plante", 6),
        new Verbatim("Réponse correcte", 7), new Verbatim("Pose correcte", 8)).recurring()).isEmpty();
    assertThat(labelsAndCounts(analyse(new Verbatim("Qualité correcte", 7), new Verbatim("Une qualité correcte", 8))
        .recurring())).containsExactly("qualité correcte 2");
  }

  @Test
  void removesFrenchElisions() {
    ThemeReport report = analyse(
        new Verbatim("L'accueil chaleureux", 9),
        new Verbatim("Un accueil chaleureux", 10),
        new Verbatim("l’accueil chaleureux au téléphone", 7));

    assertThat(labelsAndCounts(report.recurring())).containsExactly("accueil chaleureux 3");
  }

  @Test
  void stemsEnglishWords() {
    ThemeReport report = analyse(
        new Verbatim("Damaged cabinets again", 2),
        new Verbatim("The cabinet was damaged", 4),
        new Verbatim("Damaged cabinet, no call", 1));

    assertThat(labelsAndCounts(report.recurring())).containsExactly("damaged cabinet 2");
  }

  @Test
  void mergesSynonymsAcrossWordingsAndLanguages() {
    ThemeReport report = analyse(
        new Verbatim("Le SAV ne rappelle jamais", 2),
        new Verbatim("Service après-vente injoignable", 3),
        new Verbatim("After-sales never calls back", 1),
        new Verbatim("La facture ne correspond pas au devis", 2),
        new Verbatim("The quote was wrong", 3));

    assertThat(report.recurring()).extracting(Theme::term).containsExactly("=sav", "=devis");
    assertThat(labelsAndCounts(report.recurring())).containsExactly("SAV 3", "devis 2");
  }

  @Test
  void stopWordsShortWordsAndNumbersAreNeverThemes() {
    assertThat(analyse(new Verbatim("It is what it is, and they were there", 5),
        new Verbatim("It is what it is, and they were there", 5)).recurring()).isEmpty();
    assertThat(analyse(new Verbatim("Nous sommes avec vous, et vous êtes avec nous", 8),
        new Verbatim("Nous sommes avec vous, et vous êtes avec nous", 8)).recurring()).isEmpty();
    assertThat(labelsAndCounts(analyse(new Verbatim("Commande 2024 OK livrée en 48h", 9),
        new Verbatim("Commande 2024 ok, livrée en 48h", 9)).recurring())).isEmpty();
  }

  @Test
  void sortsRecurringThemesByCountThenLabel() {
    assertThat(labelsAndCounts(analyse(SCORED).recurring())).containsExactly(
        "livraison 4", "facture 3", "équipe réactive 3", "délais 2", "facture erronée 2", "installation soignée 2");
  }

  @Test
  void setsDetractorThemesAgainstPromoterThemesByTheirLean() {
    ThemeReport report = themes.analyse(SCORED, 10, 2);

    // D = P = 3, so the lean d/3 - p/3 orders as d - p: livraison 2 - 1, facture 2 - 0, équipe réactive 0 - 3.
    assertThat(labelsAndCounts(report.detractorThemes()))
        .containsExactly("délais 2", "facture 3", "facture erronée 2", "livraison 4");
    assertThat(labelsAndCounts(report.promoterThemes()))
        .containsExactly("équipe réactive 3", "installation soignée 2");
  }

  @Test
  void tiesNoThemeToAScoreClassWithFewerVerbatimsOrMentionsThanTheThreshold() {
    // Threshold 3: each class holds 3 verbatims, but no theme has 3 detractor mentions.
    ThemeReport three = analyse(SCORED);
    assertThat(three.detractorThemes()).isEmpty();
    assertThat(labelsAndCounts(three.promoterThemes())).containsExactly("équipe réactive 3");
    // Threshold 4: neither class holds 4 verbatims, so neither side is told.
    ThemeReport four = themes.analyse(SCORED, 10, 4);
    assertThat(four.detractorThemes()).isEmpty();
    assertThat(four.promoterThemes()).isEmpty();
    assertThat(four.recurring()).isEqualTo(three.recurring());
  }

  @Test
  void keepsAtMostTheLimitInEachList() {
    ThemeReport report = themes.analyse(SCORED, 1, 2);

    assertThat(labelsAndCounts(report.recurring())).containsExactly("livraison 4");
    assertThat(labelsAndCounts(report.detractorThemes())).containsExactly("délais 2");
    assertThat(labelsAndCounts(report.promoterThemes())).containsExactly("équipe réactive 3");
    assertThatThrownBy(() -> themes.analyse(SCORED, -1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> themes.analyse(SCORED, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsNoThemeInFewerThanTwoVerbatims() {
    assertThat(analyse()).isEqualTo(new ThemeReport(0, List.of(), List.of(), List.of()));
    assertThat(analyse(new Verbatim("Délais trop longs, délais non tenus", 0)))
        .isEqualTo(new ThemeReport(1, List.of(), List.of(), List.of()));
    assertThat(analyse(new Verbatim("", 3), new Verbatim(null, 4)).recurring()).isEmpty();
  }

  @Test
  void givesTheSameThemesWhateverTheOrderAndTheThread() {
    List<Verbatim> reversed = new ArrayList<>(SCORED);
    Collections.reverse(reversed);
    ThemeReport expected = analyse(SCORED);

    assertThat(labelsAndCounts(analyse(reversed).recurring()))
        .isEqualTo(labelsAndCounts(expected.recurring()));
    assertThat(IntStream.range(0, 16).parallel().mapToObj(i -> analyse(SCORED)).distinct().toList())
        .containsExactly(expected);
  }

  private ThemeReport analyse(Verbatim... verbatims) {
    return analyse(List.of(verbatims));
  }

  private ThemeReport analyse(List<Verbatim> verbatims) {
    return themes.analyse(verbatims, 10, 3);
  }

  private static List<String> labelsAndCounts(List<Theme> themes) {
    return themes.stream().map(theme -> theme.label() + " " + theme.count()).toList();
  }
}
