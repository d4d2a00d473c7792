package org.maillon.bench.soak;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** The answers of one kind of request (or one endpoint): how many of each status, and every latency. */
final class Series {

  private long[] micros = new long[1024];
  private int count;
  private int unexpected;
  private final Map<Integer, Integer> statuses = new TreeMap<>();

  synchronized void add(int status, long nanos, boolean expected) {
    if (count == micros.length) {
      micros = Arrays.copyOf(micros, count * 2);
    }
    micros[count++] = nanos / 1000;
    statuses.merge(status, 1, Integer::sum);
    if (!expected) {
      unexpected++;
    }
  }

  synchronized Summary summary() {
    long[] sorted = Arrays.copyOf(micros, count);
    Arrays.sort(sorted);
    return new Summary(count, unexpected, new TreeMap<>(statuses), percentile(sorted, 50), percentile(sorted, 95),
        percentile(sorted, 99), count == 0 ? 0 : sorted[count - 1] / 1000.0);
  }

  /** Nearest rank, in milliseconds: the smallest latency with at least p% of them at or below it. */
  static double percentile(long[] sortedMicros, double p) {
    if (sortedMicros.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sortedMicros.length);
    return sortedMicros[Math.max(0, rank - 1)] / 1000.0;
  }

  /** Counts and latencies in milliseconds; status 0 stands for no answer at all. */
  record Summary(int count, int unexpected, Map<Integer, Integer> statuses, double p50, double p95, double p99,
      double max) {

    int serverErrors() {
      return statuses.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() == 0)
          .mapToInt(Map.Entry::getValue).sum();
    }

    String statusText() {
      StringBuilder text = new StringBuilder();
      statuses.forEach((status, n) -> text.append(text.length() == 0 ? "" : " ")
          .append(status == 0 ? "none" : status).append('×').append(n));
      return text.toString();
    }
  }
}
