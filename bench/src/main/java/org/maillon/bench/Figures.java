package org.maillon.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures every alternative computes, in Maillon's numbering: each person's depth and span
 * (direct reports), the number of layers, each team's and person's hops to the nearest final
 * customer ({@link #UNREACHABLE} when none), and whether each team reaches the front line.
 * Compared element by element, so that a time is reported only for a right answer.
 */
public record Figures(
    int[] depth, int layers, int[] span, int[] teamHops, int[] personHops, boolean[] reachesFrontLine) {

  public static final int UNREACHABLE = -1;

  /** Person hops are their team's: derived the same way for every alternative. O(people). */
  public static int[] personHops(GraphData data, int[] teamHops) {
    int[] hops = new int[data.personCount()];
    for (int p = 0; p < hops.length; p++) {
      hops[p] = data.team()[p] < 0 ? UNREACHABLE : teamHops[data.team()[p]];
    }
    return hops;
  }

  /**
   * @throws IllegalStateException naming the first differences when the figures are not equal
   */
  public void checkEqualTo(Figures expected, String alternative) {
    List<String> differences = new ArrayList<>();
    compare("depth", depth, expected.depth, differences);
    compare("span", span, expected.span, differences);
    compare("teamHops", teamHops, expected.teamHops, differences);
    compare("personHops", personHops, expected.personHops, differences);
    if (layers != expected.layers) {
      differences.add("layers " + layers + " instead of " + expected.layers);
    }
    for (int t = 0; t < expected.reachesFrontLine.length && differences.size() < 10; t++) {
      if (reachesFrontLine[t] != expected.reachesFrontLine[t]) {
        differences.add("reachesFrontLine[" + t + "] " + reachesFrontLine[t]);
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException(alternative + " disagrees with Maillon: " + differences);
    }
  }

  private static void compare(String name, int[] actual, int[] expected, List<String> differences) {
    if (actual.length != expected.length) {
      differences.add(name + " has " + actual.length + " values instead of " + expected.length);
      return;
    }
    for (int k = 0; k < expected.length && differences.size() < 10; k++) {
      if (actual[k] != expected[k]) {
        differences.add(name + "[" + k + "] " + actual[k] + " instead of " + expected[k]);
      }
    }
  }
}
