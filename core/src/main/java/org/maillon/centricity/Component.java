package org.maillon.centricity;

import java.util.Locale;

/**
 * The components of the index, in the order the documentation gives them. {@link #LEVELS} belongs
 * to the organisation only: a team does not choose the layers above it.
 */
public enum Component {
  /** Distance to the final customer: hops of the team's shortest path to one. */
  DISTANCE,
  /** Listening on time: share of the team's links listened to within their cadence. */
  LISTENING,
  /** Customers' satisfaction: the CSAT mean of the team's customers, when shown. */
  SATISFACTION,
  /** Freshness of customer cards: share of the team's customers whose card is fresh. */
  FRESHNESS,
  /** Requirements covered: share of the customers' expectations a commitment answers. */
  REQUIREMENTS,
  /** Procedure burden: procedures per 100 people against a reference. */
  PROCEDURES,
  /** Excess levels of the hierarchy (organisation only). */
  LEVELS;

  /** The name used in JSON, settings and message keys: {@code distance}, {@code listening}… */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
