package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The language of an API answer: ?lang=, else Accept-Language, else English. */
class RequestLocaleTests {

  @Test
  void langWinsOverTheHeader() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "fr-FR");

    assertThat(RequestLocale.of(request, "en")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theFirstSpokenLanguageOfTheHeaderIsTaken() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "de-DE, fr-CA;q=0.8, en;q=0.5");
    request.setPreferredLocales(java.util.List.of(Locale.GERMANY, Locale.CANADA_FRENCH, Locale.ENGLISH));

    assertThat(RequestLocale.of(request, null)).isEqualTo(Locale.FRENCH);
  }

  @Test
  void withoutAnyChoiceItIsEnglish() {
    assertThat(RequestLocale.of(new MockHttpServletRequest(), null)).isEqualTo(Locale.ENGLISH);
    assertThat(RequestLocale.of(new MockHttpServletRequest(), "de")).isEqualTo(Locale.ENGLISH);
  }
}
