package org.maillon.server.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
        new Theme("delai", "délais", 3, List.of("Délais interminables",
            "Livraison en retard, délai non tenu", "Les délais de livraison sont trop longs")),
        new Theme("livraison", "livraison", 2, List.of("Livraison en retard, délai non tenu",
            "Les délais de livraison sont trop longs")));
  }

  @Test
  void removesFrenchElisions() {
    ThemeReport report = analyse(
        new Verbatim("L'accueil est chaleureux", 9),
        new Verbatim("Très bon accueil", 10),
        new Verbatim("l’accueil au téléphone", 7));

    assertThat(labelsAndCounts(report.recurring())).containsExactly("accueil 3");
  }

  @Test
  void stemsEnglishWords() {
    ThemeReport report = analyse(
        new Verbatim("Deliveries are always late", 2),
        new Verbatim("The delivery was late again", 4),
        new Verbatim("Late delivery, no call", 1));

    assertThat(report.recurring()).extracting(Theme::term).containsExactly("deliveri", "late");
    assertThat(labelsAndCounts(report.recurring())).containsExactly("delivery 3", "late 3");
  }

  @Test
  void stopWordsShortWordsAndNumbersAreNeverThemes() {
    assertThat(analyse(new Verbatim("It is what it is, and they were there", 5),
        new Verbatim("It is what it is, and they were there", 5)).recurring()).isEmpty();
    assertThat(analyse(new Verbatim("Nous sommes avec vous, et vous êtes avec nous", 8),
        new Verbatim("Nous sommes avec vous, et vous êtes avec nous", 8)).recurring()).isEmpty();
    assertThat(labelsAndCounts(analyse(new Verbatim("Commande 2024 OK, livrée en 48h", 9),
        new Verbatim("Commande 2024 ok, reçue en 48h", 9)).recurring())).containsExactly("commande 2");
  }

  @Test
  void sortsRecurringThemesByCountThenLabel() {
    assertThat(labelsAndCounts(analyse(SCORED).recurring())).containsExactly(
        "livraison 4", "facture 3", "réactive 3", "équipe 3",
        "délais 2", "erronée 2", "installation 2", "soignée 2");
  }

  @Test
  void setsDetractorThemesAgainstPromoterThemesByTheirLean() {
    ThemeReport report = themes.analyse(SCORED, 10, 2);

    // D = P = 3, so the lean d/3 - p/3 orders as d - p: livraison 2 - 1, facture 2 - 0, équipe 0 - 3.
    assertThat(labelsAndCounts(report.detractorThemes()))
        .containsExactly("délais 2", "erronée 2", "facture 3", "livraison 4");
    assertThat(labelsAndCounts(report.promoterThemes()))
        .containsExactly("réactive 3", "équipe 3", "installation 2", "soignée 2");
  }

  @Test
  void tiesNoThemeToAScoreClassWithFewerVerbatimsOrMentionsThanTheThreshold() {
    // Threshold 3: each class holds 3 verbatims, but no theme has 3 detractor mentions.
    ThemeReport three = analyse(SCORED);
    assertThat(three.detractorThemes()).isEmpty();
    assertThat(labelsAndCounts(three.promoterThemes())).containsExactly("réactive 3", "équipe 3");
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
    assertThat(labelsAndCounts(report.promoterThemes())).containsExactly("réactive 3");
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
