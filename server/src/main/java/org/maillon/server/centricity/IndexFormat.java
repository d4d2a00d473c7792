package org.maillon.server.centricity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How every page writes the customer-centricity index, so that the home page and the index pages
 * never disagree (one said 63, the other 62.8): the index, a team's index and a component's points
 * in whole points, half up; a gain, usually below one point, with one decimal and its sign; all in
 * the locale's number format. The API keeps the exact figures. Templates call it as
 * {@code @indexFormat.points(value, #locale)}.
 */
@Component("indexFormat")
public class IndexFormat {

  private static final String NONE = "—";

  /** The index in whole points, half up: 62.5 is 63; null when there is no index. */
  public static Long rounded(Double index) {
    return index == null ? null : BigDecimal.valueOf(index).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The index as a page writes it, « 63 », or a dash when there is none. */
  public String points(Double index, Locale locale) {
    Long rounded = rounded(index);
    return rounded == null ? NONE : NumberFormat.getIntegerInstance(locale).format(rounded);
  }

  /** A gain with its sign and one decimal, half up, in the locale's format: "+7.2", « +7,2 ». */
  public String gain(double gain, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return (gain < 0 ? "" : "+") + format.format(gain);
  }

  /** A share, 0–1, as a whole percentage in the locale's format: « 20 % », "20%". */
  public String percent(Double share, Locale locale) {
    if (share == null) {
      return NONE;
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(share);
  }

  /** A raw figure in the locale's format, at most three decimals; a flag as yes/no marks; null as a dash. */
  public String figure(Object value, Locale locale) {
    if (value == null) {
      return NONE;
    }
    if (value instanceof Boolean flag) {
      return flag ? "✓" : NONE;
    }
    if (value instanceof Number number) {
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setMaximumFractionDigits(3);
      format.setRoundingMode(RoundingMode.HALF_UP);
      return format.format(number);
    }
    return value.toString();
  }
}
