package org.maillon.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of an API answer: {@code ?lang=} when given, else the first language of
 * {@code Accept-Language} that Maillon speaks, else English. Maillon speaks English and French.
 */
public final class RequestLocale {

  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  private RequestLocale() {}

  public static Locale of(HttpServletRequest request, String lang) {
    if (lang != null && !lang.isBlank()) {
      return supported(Locale.forLanguageTag(lang.trim())).orElse(Locale.ENGLISH);
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Locale locale : Collections.list(request.getLocales())) {
        Optional<Locale> supported = supported(locale);
        if (supported.isPresent()) {
          return supported.get();
        }
      }
    }
    return Locale.ENGLISH;
  }

  private static Optional<Locale> supported(Locale locale) {
    return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst();
  }
}
