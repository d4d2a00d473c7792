package org.maillon.server.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A quarter as the reader says it: {@code Q4 2026} in English, {@code T4 2026} in French. The API,
 * the storage and the sorting keep the code's {@code 2026-Q4}, which sorts as text; every page and
 * chart names it through this one formatter, called by the page's controller or, in a template, as
 * {@code @periods.name(p, #locale)}.
 */
@Component("periods")
public class Periods {

  private final MessageSource messages;

  Periods(MessageSource messages) {
    this.messages = messages;
  }

  /** Each of these periods by its name in this language, for a page that lists them. */
  public Map<String, String> names(Collection<String> periods, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    periods.forEach(period -> names.put(period, name(period, locale)));
    return names;
  }

  /** The quarter's name in this language; anything that is not a quarter stays as it is. */
  public String name(String period, Locale locale) {
    int[] parts = parse(period);
    if (parts == null) {
      return period;
    }
    return messages.getMessage("period.quarter", new Object[] {String.valueOf(parts[0]), String.valueOf(parts[1])},
        locale);
  }

  /**
   * Every quarter from {@code first} to {@code last}, both included, oldest first: the quarters
   * without data between two with data are named too, so that a trend shows them empty.
   *
   * @throws IllegalArgumentException when either is not a quarter such as {@code 2026-Q4}
   */
  public static List<String> between(String first, String last) {
    int[] from = parse(first);
    int[] to = parse(last);
    if (from == null || to == null) {
      throw new IllegalArgumentException("Not a quarter such as 2026-Q4: " + first + ", " + last);
    }
    List<String> quarters = new ArrayList<>();
    for (int n = from[0] * 4 + from[1] - 1; n <= to[0] * 4 + to[1] - 1; n++) {
      quarters.add(n / 4 + "-Q" + (n % 4 + 1));
    }
    return quarters;
  }

  /** The quarter before {@code 2026-Q1}: {@code 2025-Q4}. */
  public static String previous(String period) {
    int[] parts = parse(period);
    if (parts == null) {
      throw new IllegalArgumentException("Not a quarter such as 2026-Q4: " + period);
    }
    int n = parts[0] * 4 + parts[1] - 2;
    return n / 4 + "-Q" + (n % 4 + 1);
  }

  private static int[] parse(String period) {
    if (period == null || !period.matches("\\d{4}-Q[1-4]")) {
      return null;
    }
    return new int[] {Integer.parseInt(period.substring(0, 4)), period.charAt(6) - '0'};
  }
}
