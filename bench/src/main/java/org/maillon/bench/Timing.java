package org.maillon.bench;

import java.util.Arrays;

/** Median wall time of a task run several times after warm-up runs, for the comparison runner. */
final class Timing {

  /** A task that may fail, so that SQL and I/O need no wrapping. */
  @FunctionalInterface
  interface Task<T> {
    T run() throws Exception;
  }

  /** The last result and the median of the timed runs, in milliseconds. */
  record Timed<T>(T result, double medianMillis) {}

  private Timing() {}

  static <T> Timed<T> median(int warmups, int repeats, Task<T> task) throws Exception {
    for (int k = 0; k < warmups; k++) {
      task.run();
    }
    double[] millis = new double[repeats];
    T result = null;
    for (int k = 0; k < repeats; k++) {
      long start = System.nanoTime();
      result = task.run();
      millis[k] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    double median = repeats % 2 == 1 ? millis[repeats / 2] : (millis[repeats / 2 - 1] + millis[repeats / 2]) / 2;
    return new Timed<>(result, median);
  }
}
