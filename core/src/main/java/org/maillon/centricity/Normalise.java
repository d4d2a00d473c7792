package org.maillon.centricity;

/**
 * Each component's raw figure mapped to 0–1, 1 being customer-centred; null when the figure has no
 * data, so that the component is left out of the index rather than counted as 0. Every formula is
 * affine or a simple ratio, so that a manager recomputes it by hand.
 */
public final class Normalise {

  private Normalise() {}

  /**
   * Distance: max(0, (cap − hops) / (cap − 1)) — 1 for a team serving a final customer directly,
   * 0 at {@code cap} hops or more, and 0 when no path leads to a final customer (unreachable).
   *
   * @param cap at least 2
   */
  public static double distance(Integer hops, int cap) {
    if (cap < 2) {
      throw new IllegalArgumentException("The distance cap is at least 2, not " + cap);
    }
    if (hops == null) {
      return 0;
    }
    return Math.max(0, Math.min(1, (double) (cap - hops) / (cap - 1)));
  }

  /** Listening: the on-time share itself (on time / links); null without links. */
  public static Double listening(Double onTimeShare) {
    return onTimeShare == null ? null : clamp(onTimeShare);
  }

  /** Satisfaction: (CSAT mean − 1) / 4, so 1 → 0, 3 → 0.5, 5 → 1; null without a shown mean. */
  public static Double satisfaction(Double csatMean) {
    return csatMean == null ? null : clamp((csatMean - 1) / 4);
  }

  /** Freshness: the share of customers whose card is fresh; null without customers. */
  public static Double freshness(Double coverageShare) {
    return coverageShare == null ? null : clamp(coverageShare);
  }

  /**
   * Requirements: 1 − defects / counted, counted = expectations + links, defects = uncovered
   * expectations + empty links + pending links ({@link Requirements}); null with nothing counted.
   */
  public static Double requirements(int counted, int defects) {
    if (counted < 0 || defects < 0 || defects > counted) {
      throw new IllegalArgumentException("0 ≤ defects ≤ counted, not " + defects + " of " + counted);
    }
    return counted == 0 ? null : 1 - (double) defects / counted;
  }

  /**
   * Procedure burden: 1 / (1 + per100 / reference) — 1 without procedures, 0.5 at the reference,
   * 1/3 at twice the reference; null without people (per100 null).
   *
   * @param reference above 0
   */
  public static Double procedures(Double per100People, double reference) {
    if (!(reference > 0)) {
      throw new IllegalArgumentException("The procedure reference is above 0, not " + reference);
    }
    return per100People == null ? null : 1 / (1 + Math.max(0, per100People) / reference);
  }

  /**
   * Excess levels: max(0, 1 − excess / levelsBetweenTopAndBase); 1 when there is no level between
   * top and base (then no excess either); null without people.
   */
  public static Double levels(int headcount, int excessLevels, int levelsBetweenTopAndBase) {
    if (headcount == 0) {
      return null;
    }
    if (levelsBetweenTopAndBase <= 0) {
      return 1.0;
    }
    return Math.max(0, 1 - (double) excessLevels / levelsBetweenTopAndBase);
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
