package org.maillon.server.listening;

import java.util.Locale;

/** A question as asked in English and in French, the two languages respondents answer in. */
public record Wording(String en, String fr) {

  /** The wording in this language: French for French, English otherwise. */
  public String in(Locale locale) {
    return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? fr : en;
  }
}
