package org.maillon.server.centricity;

/**
 * The customer-centricity index as every page shows it: whole points, rounded half up, so that the
 * home page and the index's own pages never disagree (63 on one, 62.8 on the other). The API keeps
 * the exact value; a page that shows the index, or a team's, writes it through here.
 */
public final class IndexPoints {

  /** What a page shows when there is no index yet. */
  public static final String NONE = "—";

  private IndexPoints() {}

  /** 62.8 → "63"; null or NaN (no component with data) → "—". Same digits in every language. */
  public static String of(Double index) {
    return index == null || index.isNaN() ? NONE : Long.toString(Math.round(index));
  }
}
