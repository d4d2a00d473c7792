package org.maillon.voice;

import java.util.Arrays;

/**
 * Which groups of responses to hide so that no respondent of a small group can be singled out.
 *
 * <p>The rules, for a total partitioned into groups (a team's responses over its customers, or over
 * the periods of its trend):
 * <ol>
 *   <li>A group with fewer responses than the threshold is hidden (primary suppression).</li>
 *   <li>When the total itself has fewer responses than the threshold, the total and every group
 *       are hidden.</li>
 *   <li>When exactly one non-empty group is hidden and the total is shown, its figures would be the
 *       total's minus the shown groups'. The smallest other shown group (the first in order on a
 *       tie) is hidden too (complementary suppression): two hidden groups only reveal their sum.</li>
 * </ol>
 * Empty groups are hidden by rule 1 but hold nothing to reveal, so they do not count in rule 3.
 * Hence, for every partition: the total is hidden, or the non-empty hidden groups are none or at
 * least two.
 */
public final class Anonymity {

  private Anonymity() {}

  /** Which of a partition's groups are hidden, and whether its total is. */
  public record Suppression(boolean totalHidden, boolean[] hidden) {

    /** True when the group at this position is hidden. */
    public boolean isHidden(int group) {
      return hidden[group];
    }
  }

  /**
   * Applies the rules to one partition in O(g) for g groups.
   *
   * @param threshold the least number of responses a shown group holds, at least 1
   * @param groups the number of responses of each group; their sum is the total
   * @return the groups to hide, by position, and whether the total is hidden
   */
  public static Suppression suppress(int threshold, int[] groups) {
    if (threshold < 1) {
      throw new IllegalArgumentException("The anonymity threshold is at least 1, not " + threshold);
    }
    long total = Arrays.stream(groups).asLongStream().sum();
    boolean[] hidden = new boolean[groups.length];
    if (total < threshold) {
      Arrays.fill(hidden, true);
      return new Suppression(true, hidden);
    }
    int hiddenNonEmpty = 0;
    for (int g = 0; g < groups.length; g++) {
      hidden[g] = groups[g] < threshold;
      if (hidden[g] && groups[g] > 0) {
        hiddenNonEmpty++;
      }
    }
    if (hiddenNonEmpty == 1) {
      hidden[smallestShown(groups, hidden)] = true;
    }
    return new Suppression(false, hidden);
  }

  /** The position of the smallest shown group; one exists since the total reaches the threshold. */
  private static int smallestShown(int[] groups, boolean[] hidden) {
    int smallest = -1;
    for (int g = 0; g < groups.length; g++) {
      if (!hidden[g] && (smallest < 0 || groups[g] < groups[smallest])) {
        smallest = g;
      }
    }
    return smallest;
  }
}
