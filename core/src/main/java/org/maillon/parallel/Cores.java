package org.maillon.parallel;

/**
 * How many cores the engine's passes use, and the split of one pass into ranges. The system
 * property {@code maillon.parallelism} caps it (1 runs everything on the calling thread); by
 * default it is the number of processors the JVM sees. Passes smaller than their grain are never
 * split, so small organisations pay no hand-over.
 */
public final class Cores {

  /** A pass over {@code from ≤ i < to}. */
  @FunctionalInterface
  public interface RangeAction {
    void run(int from, int to);
  }

  private Cores() {}

  /** The number of parts a pass may be split into, at least 1. */
  public static int parallelism() {
    return Math.max(1, Integer.getInteger("maillon.parallelism", Runtime.getRuntime().availableProcessors()));
  }

  /** The number of parts {@link #ranges} splits {@code size} items into with this grain. */
  public static int parts(int size, int grain) {
    return Math.max(1, Math.min(parallelism(), size / Math.max(1, grain)));
  }

  /** Where part {@code part} of {@code parts} begins; part {@code parts} begins at {@code size}. */
  public static int boundary(int size, int parts, int part) {
    return (int) ((long) size * part / parts);
  }

  /**
   * Runs {@code action} over {@code 0 ≤ i < size} in {@link #parts} contiguous ranges, the first on
   * the caller and the others on the common pool, and returns when all are done. The ranges must
   * write disjoint data. Rethrows the exception of the lowest failing range as it was thrown.
   */
  public static void ranges(int size, int grain, RangeAction action) {
    int parts = parts(size, grain);
    @SuppressWarnings("unchecked")
    Forked<Void>[] others = new Forked[parts - 1];
    for (int part = 1; part < parts; part++) {
      int from = boundary(size, parts, part);
      int to = boundary(size, parts, part + 1);
      others[part - 1] = Forked.start(() -> {
        action.run(from, to);
        return null;
      });
    }
    RuntimeException first = null;
    try {
      action.run(0, boundary(size, parts, 1));
    } catch (RuntimeException e) {
      first = e;
    }
    for (Forked<Void> other : others) {
      try {
        other.join();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
