package org.maillon.server.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Periods as a reader writes them: the API names a quarter {@code 2026-Q4}, which sorts as text,
 * while a page says « T4 2026 » in French and "Q4 2026" in English. One formatter for every page,
 * so that no page shows the API's form; templates call it as {@code @periods.quarter(p, #locale)}.
 */
@Component("periods")
public class Periods {

  /** {@code 2026-Q4} as the locale writes it: « T4 2026 », "Q4 2026"; any other text as it is. */
  public String quarter(String period, Locale locale) {
    int[] parts = parse(period);
    if (parts == null) {
      return period;
    }
    String letter = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "T" : "Q";
    return letter + parts[1] + " " + parts[0];
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
