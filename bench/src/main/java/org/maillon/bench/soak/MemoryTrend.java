package org.maillon.bench.soak;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Whether the server's memory stayed flat: the median heap after a full collection over the samples
 * of the run's last third is at most {@value #TOLERANCE} times the median over its first third.
 * Medians, so that one sample taken during an import does not decide; the baseline taken before
 * the traffic began is left out, as the run's first minutes fill caches that then stay.
 */
record MemoryTrend(double firstThird, double lastThird, int firstSamples, int lastSamples) {

  static final double TOLERANCE = 1.10;

  static MemoryTrend of(List<MemorySampler.Sample> samples, double seconds) {
    return of(samples, seconds, MemorySampler.Sample::heapAfterGc);
  }

  static MemoryTrend of(List<MemorySampler.Sample> samples, double seconds,
      ToDoubleFunction<MemorySampler.Sample> figure) {
    double[] first = samples.stream().filter(s -> s.atSeconds() > 0 && s.atSeconds() <= seconds / 3)
        .mapToDouble(figure).toArray();
    double[] last = samples.stream().filter(s -> s.atSeconds() >= 2 * seconds / 3).mapToDouble(figure).toArray();
    return new MemoryTrend(median(first), median(last), first.length, last.length);
  }

  boolean flat() {
    return firstSamples > 0 && lastSamples > 0 && lastThird <= firstThird * TOLERANCE;
  }

  /** How much the last third is above the first, in percent. */
  double growthPercent() {
    return firstThird <= 0 ? 0 : (lastThird / firstThird - 1) * 100;
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
