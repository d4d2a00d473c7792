package org.maillon.server.diagnosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.FindingKind;

/** Every kind of finding has its name in English and in French, and the names bundle holds nothing else. */
class FindingNamesTests {

  @Test
  void everyKindIsNamedInBothLanguages() {
    List<String> keys = Arrays.stream(FindingKind.values()).map(FindingKind::nameKey).toList();
    ResourceBundle english = ResourceBundle.getBundle("i18n/findings", Locale.ROOT);
    ResourceBundle french = ResourceBundle.getBundle("i18n/findings", Locale.FRENCH);

    assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    for (String key : keys) {
      assertThat(french.getString(key)).as(key).isNotEqualTo(english.getString(key));
    }
  }
}
