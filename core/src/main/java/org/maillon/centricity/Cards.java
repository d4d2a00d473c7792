package org.maillon.centricity;

/**
 * The customer cards a team (or the organisation) keeps: how many of its customers have a fresh
 * card, out of how many; the freshness component's raw figures.
 *
 * @param fresh customers whose card is fresh, 0 to {@code customers}
 * @param customers customers counted
 */
public record Cards(int fresh, int customers) {

  public Cards {
    if (fresh < 0 || fresh > customers) {
      throw new IllegalArgumentException("0 ≤ fresh ≤ customers, not " + fresh + " of " + customers);
    }
  }

  /** fresh / customers, or null without customers. */
  public Double share() {
    return customers == 0 ? null : (double) fresh / customers;
  }
}
