package org.maillon.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * How many cores the engine's passes use, and the split of one pass into ranges. Passes run on a
 * fork-join pool of one thread a processor, whose idle threads take queued ranges from the busy
 * ones, so uneven ranges still keep every core working. The system property {@code
 * maillon.parallelism} caps the split (1 runs everything on the calling thread). Passes smaller
 * than their grain are never split, so small organisations pay no hand-over.
 */
public final class Cores {

  private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  private static final int RANGES_PER_CORE = 4;

  /** A pass over {@code from ≤ i < to}. */
  @FunctionalInterface
  public interface RangeAction {
    void run(int from, int to);
  }

  /** A pass over {@code from ≤ i < to} that gives a result. */
  @FunctionalInterface
  public interface RangeFunction<T> {
    T apply(int from, int to);
  }

  private Cores() {}

  /** The number of cores a pass may use, at least 1. */
  public static int parallelism() {
    return Math.max(1, Integer.getInteger("maillon.parallelism", Runtime.getRuntime().availableProcessors()));
  }

  /** The number of ranges {@link #ranges} and {@link #map} split {@code size} items into with this grain. */
  public static int parts(int size, int grain) {
    int cores = parallelism();
    return cores == 1 ? 1 : split(size, grain, cores * RANGES_PER_CORE);
  }

  private static int split(int size, int grain, int most) {
    return Math.max(1, Math.min(most, size / Math.max(1, grain)));
  }

  /** Where part {@code part} of {@code parts} begins; part {@code parts} begins at {@code size}. */
  public static int boundary(int size, int parts, int part) {
    return (int) ((long) size * part / parts);
  }

  /**
   * Runs {@code work} on the pool, where the passes it splits are shared among the cores, and waits
   * for it; runs it directly when already on the pool or when {@link #parallelism()} is 1.
   * Rethrows what the work threw.
   */
  public static <T> T call(Supplier<T> work) {
    return parallelism() == 1 || ForkJoinTask.getPool() == POOL ? work.get() : Forked.start(work).join();
  }

  /** Queues the task on the pool: on the current thread's own queue when it is one of the pool's. */
  static ForkJoinTask<?> start(ForkJoinTask<?> task) {
    if (ForkJoinTask.getPool() == POOL) {
      return task.fork();
    }
    POOL.execute(task);
    return task;
  }

  /**
   * Runs {@code action} over {@code 0 ≤ i < size} in {@link #parts} contiguous ranges on the pool,
   * and returns when all are done. The ranges must write disjoint data. Rethrows the exception of
   * the lowest failing range as it was thrown.
   */
  public static void ranges(int size, int grain, RangeAction action) {
    map(size, grain, (from, to) -> {
      action.run(from, to);
      return null;
    });
  }

  /**
   * As {@link #ranges}, and gives each range's result in the order of the ranges, for the caller to
   * merge: the merged result is then the same whatever the number of parts.
   */
  public static <T> List<T> map(int size, int grain, RangeFunction<T> function) {
    return mapInParts(size, parts(size, grain), function);
  }

  private static <T> List<T> mapInParts(int size, int parts, RangeFunction<T> function) {
    if (parts == 1) {
      List<T> one = new ArrayList<>(1);
      one.add(function.apply(0, size));
      return one;
    }
    return call(() -> {
      List<Forked<T>> others = new ArrayList<>(parts - 1);
      for (int part = 1; part < parts; part++) {
        int from = boundary(size, parts, part);
        int to = boundary(size, parts, part + 1);
        others.add(Forked.start(() -> function.apply(from, to)));
      }
      Forked<T> first = Forked.start(() -> function.apply(0, boundary(size, parts, 1)), false);
      return joinAll(first, others);
    });
  }

  /**
   * Joins the ranges last first, so that the ranges no other core took are run here, from the top
   * of this thread's queue; gives their results in range order, or the lowest range's exception.
   */
  private static <T> List<T> joinAll(Forked<T> first, List<Forked<T>> others) {
    List<T> results = new ArrayList<>(Collections.nCopies(others.size() + 1, null));
    RuntimeException failure = null;
    for (int part = others.size(); part >= 0; part--) {
      try {
        results.set(part, part == 0 ? first.join() : others.get(part - 1).join());
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  /**
   * Sorts stably, one range a core, then merges the sorted ranges in order: the same result as
   * {@link Arrays#sort(Object[], Comparator)} whatever the number of parts. O(n log n) compares
   * spread over the cores, plus a merge linear in n per extra core.
   */
  public static <T> void sort(T[] items, int grain, Comparator<? super T> order) {
    List<Integer> ends = mapInParts(items.length, split(items.length, grain, parallelism()), (from, to) -> {
      Arrays.sort(items, from, to, order);
      return to;
    });
    for (int run = 1; run < ends.size(); run++) {
      mergeRuns(items, ends.get(run - 1), ends.get(run), order);
    }
  }

  /** Merges the sorted runs {@code [0, middle)} and {@code [middle, end)}, the first winning ties. */
  private static <T> void mergeRuns(T[] items, int middle, int end, Comparator<? super T> order) {
    T[] left = Arrays.copyOfRange(items, 0, middle);
    int i = 0;
    int j = middle;
    int out = 0;
    while (i < left.length && j < end) {
      items[out++] = order.compare(items[j], left[i]) < 0 ? items[j++] : left[i++];
    }
    System.arraycopy(left, i, items, out, left.length - i);
  }
}
