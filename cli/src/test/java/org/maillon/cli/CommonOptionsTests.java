package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language: --lang wins, else French only when the platform's language is French. */
class CommonOptionsTests {

  private final Locale platform = Locale.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(platform);
  }

  @Test
  void defaultsToFrenchOnlyForAFrenchPlatform() {
    Locale.setDefault(Locale.CANADA_FRENCH);
    assertThat(new CommonOptions().locale()).isEqualTo(Locale.FRENCH);
    Locale.setDefault(Locale.GERMANY);
    assertThat(new CommonOptions().locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void langOverridesThePlatformAndFormatsNumbersItsWay() {
    Locale.setDefault(Locale.FRANCE);
    CommonOptions options = new CommonOptions();
    options.lang = CommonOptions.Lang.EN;

    assertThat(options.messages().number(6000)).isEqualTo("6,000");
    options.lang = CommonOptions.Lang.FR;
    assertThat(options.messages().number(6000)).isEqualTo("6 000");
    assertThat(options.messages().decimal(6.25)).isEqualTo("6,25");
  }
}
