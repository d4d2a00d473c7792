package org.maillon.server.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The value chain page's drawing with nothing searched is drawn once per diagnosis and language,
 * the same as drawn afresh, and again when an import replaces the diagnosis.
 */
class ChainDrawingsTests {

  static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasename("i18n/pages");
    MESSAGES.setFallbackToSystemLocale(false);
    MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
  }

  @Test
  void theSameDiagnosisAndLanguageAreDrawnOnceAsAFreshDrawingWouldBe() {
    Diagnosis diagnosis = diagnose();
    ChainWords.Drawn first = ChainDrawings.of(diagnosis, MESSAGES, Locale.ENGLISH);
    assertThat(ChainDrawings.of(diagnosis, MESSAGES, Locale.ENGLISH)).isSameAs(first);
    assertThat(first).isEqualTo(ChainWords.drawing(diagnosis, MESSAGES, Locale.ENGLISH));
  }

  @Test
  void anotherLanguageOrAnImportDrawsAgain() {
    Diagnosis diagnosis = diagnose();
    ChainWords.Drawn english = ChainDrawings.of(diagnosis, MESSAGES, Locale.ENGLISH);
    ChainWords.Drawn french = ChainDrawings.of(diagnosis, MESSAGES, Locale.FRENCH);
    assertThat(french.graph().columns()).isNotEqualTo(english.graph().columns());
    assertThat(ChainDrawings.of(diagnosis, MESSAGES, Locale.FRENCH)).isSameAs(french);

    Diagnosis imported = diagnose();
    ChainWords.Drawn again = ChainDrawings.of(imported, MESSAGES, Locale.ENGLISH);
    assertThat(again).isNotSameAs(english).isEqualTo(english);
  }

  @Test
  void onlyAFewLanguagesAreKeptSinceTheReaderChoosesTheirs() {
    Diagnosis diagnosis = diagnose();
    for (int i = 0; i < ChainDrawings.LANGUAGES; i++) {
      ChainDrawings.of(diagnosis, MESSAGES, Locale.forLanguageTag("x" + (char) ('a' + i)));
    }
    Locale more = Locale.forLanguageTag("zz");
    assertThat(ChainDrawings.of(diagnosis, MESSAGES, more)).isNotSameAs(ChainDrawings.of(diagnosis, MESSAGES, more));
  }

  private static Diagnosis diagnose() {
    return DiagnosisEngine.diagnose(
        ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization());
  }
}
