package org.maillon.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal numbers written the one way every model format reads them back and every message can
 * show them whatever the language: digits and at most one point, no exponent, no trailing zero.
 */
public final class Decimals {

  private Decimals() {}

  /** The value as written in a model ({@code 2.5}, {@code 20}); null stays null. */
  public static String plain(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A share from 0 to 1 as a percentage rounded to one decimal, without its sign: 0.0042 gives {@code 0.4}. */
  public static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
