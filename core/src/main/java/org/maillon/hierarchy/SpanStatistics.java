package org.maillon.hierarchy;

import org.maillon.graph.Rows;

/** Span of control over managers, with the median found by counting: O(people). */
final class SpanStatistics {

  private SpanStatistics() {}

  static SpanStats of(Rows reports, int people) {
    int[] managersWithSpan = new int[people + 1];
    int managers = 0;
    long total = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int p = 0; p < people; p++) {
      int span = reports.size(p);
      if (span > 0) {
        managersWithSpan[span]++;
        managers++;
        total += span;
        min = Math.min(min, span);
        max = Math.max(max, span);
      }
    }
    if (managers == 0) {
      return SpanStats.NONE;
    }
    double median = (kth(managersWithSpan, (managers - 1) / 2) + kth(managersWithSpan, managers / 2)) / 2.0;
    return new SpanStats(min, max, (double) total / managers, median);
  }

  /** The k-th smallest span (0-based) from the histogram of spans. */
  private static int kth(int[] histogram, int k) {
    int seen = 0;
    for (int span = 1; span < histogram.length; span++) {
      seen += histogram[span];
      if (seen > k) {
        return span;
      }
    }
    throw new IllegalStateException("rank beyond the histogram");
  }
}
