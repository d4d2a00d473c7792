package org.maillon.server.themes;

/** Which side of the recommendation score a verbatim comes from, by the usual NPS bands. */
enum Side {
  /** A score of 0 to 6. */
  DETRACTOR,
  /** A score of 7 or 8. */
  PASSIVE,
  /** A score of 9 or 10. */
  PROMOTER,
  /** No score in the same response. */
  UNSCORED;

  private static final int HIGHEST_DETRACTOR = 6;
  private static final int LOWEST_PROMOTER = 9;

  /** The side of a score, {@link #UNSCORED} for null. Constant time. */
  static Side of(Integer nps) {
    if (nps == null) {
      return UNSCORED;
    }
    if (nps <= HIGHEST_DETRACTOR) {
      return DETRACTOR;
    }
    return nps >= LOWEST_PROMOTER ? PROMOTER : PASSIVE;
  }
}
