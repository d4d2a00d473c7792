package org.maillon.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The anonymity threshold promised to each response: the largest threshold of the campaigns that
 * existed when it was given, never below {@link #MINIMUM}. A threshold only rises over time (a
 * campaign is never deleted), so a batch published under the threshold of its day stays as it was
 * published; were it recomputed under a later, larger threshold, the old and new figures together
 * would isolate the answers in between.
 */
public final class Thresholds {

  /** The least threshold: with 2, one respondent of a pair subtracts their own answer and reads the other's. */
  public static final int MINIMUM = 3;

  /**
   * A campaign's promise: from its creation on, groups it feeds hold at least this many answers.
   *
   * @param from when the campaign was created
   * @param threshold its anonymity threshold as stored; a stored value below {@link #MINIMUM} counts as the minimum
   */
  public record Promise(Instant from, int threshold) {}

  private final Instant[] from;
  private final int[] largest;

  private Thresholds(Instant[] from, int[] largest) {
    this.from = from;
    this.largest = largest;
  }

  /** The promises in force over time, in O(c log c) for c campaigns. */
  public static Thresholds of(List<Promise> promises) {
    List<Promise> sorted = new ArrayList<>(promises);
    sorted.sort(Comparator.comparing(Promise::from));
    Instant[] from = new Instant[sorted.size()];
    int[] largest = new int[sorted.size()];
    int running = MINIMUM;
    for (int i = 0; i < sorted.size(); i++) {
      running = Math.max(running, sorted.get(i).threshold());
      from[i] = sorted.get(i).from();
      largest[i] = running;
    }
    return new Thresholds(from, largest);
  }

  /**
   * The threshold promised to an answer given at this instant to a campaign of threshold {@code own},
   * in O(log c): the largest of {@code own}, the promises made at or before it and the minimum.
   */
  public int at(Instant at, int own) {
    int low = 0;
    int high = from.length - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (from[middle].isAfter(at)) {
        high = middle - 1;
      } else {
        found = middle;
        low = middle + 1;
      }
    }
    return Math.max(Math.max(MINIMUM, own), found < 0 ? MINIMUM : largest[found]);
  }

  /** The threshold of now, for a team with these promises, or {@code otherwise} without any. */
  public int latest(int otherwise) {
    return Math.max(MINIMUM, largest.length == 0 ? otherwise : largest[largest.length - 1]);
  }
}
