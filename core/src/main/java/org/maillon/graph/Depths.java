package org.maillon.graph;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Each person's depth in the reporting lines (0 for a top), from a manager function on person
 * numbers: the hierarchy's analysis and a scenario's delayering read depths alike. Each person is
 * walked up to the first one whose depth is known, with an explicit stack: O(people), no recursion.
 */
public final class Depths {

  private Depths() {}

  /**
   * @param managerOf a person's manager's number, or {@link OrgGraph#NONE}
   * @param name a person's id, to say where a cycle runs
   * @throws IllegalArgumentException when reporting lines form a cycle
   */
  public static int[] of(int people, IntUnaryOperator managerOf, IntFunction<String> name) {
    int[] depth = new int[people];
    Arrays.fill(depth, -1);
    int[] path = new int[people];
    for (int start = 0; start < people; start++) {
      int length = 0;
      int p = start;
      while (p != OrgGraph.NONE && depth[p] < 0) {
        if (depth[p] == -2) {
          throw new IllegalArgumentException("reporting lines form a cycle through " + name.apply(p));
        }
        depth[p] = -2;
        path[length++] = p;
        p = managerOf.applyAsInt(p);
      }
      int d = p == OrgGraph.NONE ? -1 : depth[p];
      while (length > 0) {
        depth[path[--length]] = ++d;
      }
    }
    return depth;
  }
}
