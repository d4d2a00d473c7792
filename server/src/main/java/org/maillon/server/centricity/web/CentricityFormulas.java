package org.maillon.server.centricity.web;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.maillon.server.centricity.ComponentRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The index's formulas and computations in the reader's language: the core writes them once, in
 * English with decimal points, for the API and the reports; a page says the formula in its own
 * words ({@code centricity.formula.*}) and writes the computation's numbers as its language does
 * ({@code 0,425}, {@code max(0 ; …)}). Pages call it as {@code @centricityFormulas}.
 */
@Component("centricityFormulas")
public class CentricityFormulas {

  private final MessageSource messages;

  CentricityFormulas(MessageSource messages) {
    this.messages = messages;
  }

  /** The component's formula in words; the organisation's own when it averages or weights the teams'. */
  public String formula(ComponentRow row, Locale locale) {
    boolean overTeams = row.formula().startsWith("mean over teams") || row.formula().contains("CSAT =");
    String key = "centricity.formula." + row.component() + (overTeams ? ".teams" : "");
    return messages.getMessage(key, null, locale);
  }

  /** A computation or a figure with its numbers written as the language writes them. */
  public String numbers(String text, Locale locale) {
    if (text == null || DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() != ',') {
      return text;
    }
    return text.replaceAll("(?<=\\d)\\.(?=\\d)", ",").replace("max(0, ", "max(0 ; ");
  }
}
