package org.maillon.server.system;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A quarter as the reader says it: {@code Q4 2026} in English, {@code T4 2026} in French. The API,
 * the storage and the sorting keep the code's {@code 2026-Q4}; every page and chart names it
 * through this one formatter ({@code @periods.name(period, #locale)} in a page).
 */
@Component("periods")
public class Periods {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private final MessageSource messages;

  Periods(MessageSource messages) {
    this.messages = messages;
  }

  /** The quarter's name in this language; anything that is not a quarter stays as it is. */
  public String name(String period, Locale locale) {
    Matcher quarter = period == null ? null : QUARTER.matcher(period);
    if (quarter == null || !quarter.matches()) {
      return period;
    }
    return messages.getMessage("period.quarter", new Object[] {quarter.group(1), quarter.group(2)}, locale);
  }
}
