package org.maillon.server.knowledge;

/**
 * How well a group of customers is known: how many of them have a fresh card, out of how many.
 * Shown with its counts so that a share is never read without its base.
 *
 * @param fresh customers whose card is fresh
 * @param total customers counted
 * @param share {@code fresh / total} between 0 and 1, or null when there is no customer
 */
public record Coverage(int fresh, int total, Double share) {

  /** The coverage of {@code fresh} fresh cards among {@code total} customers. */
  public static Coverage of(int fresh, int total) {
    return new Coverage(fresh, total, total == 0 ? null : (double) fresh / total);
  }

  /** The share as a whole percentage, rounded, or null when there is no customer. */
  public Integer percent() {
    return share == null ? null : (int) Math.round(share * 100);
  }
}
