package org.maillon.voice;

/**
 * Customer satisfaction: the mean of 1–5 answers. A plain mean, because the scale is short and
 * teams read it as "out of 5".
 *
 * @param mean the mean answer; null without answers
 * @param responses how many satisfaction answers the group holds
 */
public record Csat(Double mean, int responses) {

  /** The mean of answers summing to {@code sum}, in constant time; null mean when {@code count} is 0. */
  public static Csat of(long sum, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("A count cannot be negative");
    }
    return new Csat(count == 0 ? null : (double) sum / count, count);
  }
}
