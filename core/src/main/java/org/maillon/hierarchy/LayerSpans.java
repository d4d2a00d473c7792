package org.maillon.hierarchy;

import java.util.List;

/**
 * The spans of the managers of one layer (depth 0 for the tops): how many, the smallest, median
 * and largest, and how many fall in each {@link SpanRange}, in the ranges' order — one row of the
 * layers × spans matrix.
 */
public record LayerSpans(int depth, int managers, int min, double median, int max, List<Integer> byRange) {

  public LayerSpans {
    byRange = List.copyOf(byRange);
  }
}
