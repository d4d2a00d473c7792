package org.maillon.server.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTests {

  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "Les délais sont trop longs",
      "Delais trop longs, livraison en retard",
      "Délais interminables",
      "L'accueil",
      "qu’on nous rappelle",
      "Facture claire et juste"})
  void detectsShortFrenchTexts(String text) {
    assertThat(detector.detect(text)).isEqualTo(Language.FRENCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The installers were great",
      "Invoices are always wrong",
      "It's fine",
      "Great team",
      "On time",
      ""})
  void detectsShortEnglishTextsAndDefaultsToEnglish(String text) {
    assertThat(detector.detect(text)).isEqualTo(Language.ENGLISH);
  }
}
