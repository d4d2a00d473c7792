package org.maillon.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Orders by id with {@link String#compareTo}, the order of every list in the diagnosis. Sorting
 * strings dominates the cost of ordered output, so an input already in order is only checked.
 */
public final class IdOrder {

  private IdOrder() {}

  /**
   * The positions {@code 0..count-1} in the order of their ids; {@code idAt} maps position → id and
   * {@code positionOf} id → position.
   */
  public static int[] positionsById(int count, IntFunction<String> idAt, ToIntFunction<String> positionOf) {
    String[] ids = new String[count];
    Arrays.setAll(ids, idAt);
    int[] order = new int[count];
    if (isSorted(ids)) {
      Arrays.setAll(order, i -> i);
      return order;
    }
    String[] sorted = ids;
    Arrays.parallelSort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      order[i] = positionOf.applyAsInt(sorted[i]);
    }
    return order;
  }

  private static boolean isSorted(String[] ids) {
    for (int i = 1; i < ids.length; i++) {
      if (ids[i - 1].compareTo(ids[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  /** A sorted, unmodifiable copy. */
  public static List<String> sorted(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    copy.sort(null);
    return List.copyOf(copy);
  }
}
