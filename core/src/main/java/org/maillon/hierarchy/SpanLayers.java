package org.maillon.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.graph.Rows;

/**
 * The layers × spans matrix: the managers' spans grouped by depth (a counting sort), each layer's
 * spans sorted for its median. Every layer but the deepest has a manager, since someone stands
 * below it. O(people + managers log managers).
 */
final class SpanLayers {

  private SpanLayers() {}

  static List<LayerSpans> of(Rows reports, int[] depth, int layers) {
    int rows = Math.max(0, layers - 1);
    int[] start = new int[rows + 1];
    for (int p = 0; p < depth.length; p++) {
      if (reports.size(p) > 0) {
        start[depth[p] + 1]++;
      }
    }
    for (int d = 0; d < rows; d++) {
      start[d + 1] += start[d];
    }
    int[] spans = new int[start[rows]];
    int[] next = Arrays.copyOf(start, rows);
    for (int p = 0; p < depth.length; p++) {
      if (reports.size(p) > 0) {
        spans[next[depth[p]]++] = reports.size(p);
      }
    }
    List<LayerSpans> matrix = new ArrayList<>(rows);
    for (int d = 0; d < rows; d++) {
      matrix.add(layer(d, spans, start[d], start[d + 1]));
    }
    return matrix;
  }

  private static LayerSpans layer(int depth, int[] spans, int from, int to) {
    Arrays.sort(spans, from, to);
    int n = to - from;
    Integer[] byRange = new Integer[SpanRange.values().length];
    Arrays.fill(byRange, 0);
    for (int i = from; i < to; i++) {
      byRange[SpanRange.of(spans[i]).ordinal()]++;
    }
    double median = (spans[from + (n - 1) / 2] + spans[from + n / 2]) / 2.0;
    return new LayerSpans(depth, n, spans[from], median, spans[to - 1], Arrays.asList(byRange));
  }
}
