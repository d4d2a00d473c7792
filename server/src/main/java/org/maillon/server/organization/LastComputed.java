package org.maillon.server.organization;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.maillon.diagnosis.Diagnosis;

/**
 * The value a page last computed from the whole organisation (the centricity index, every team's
 * pulse, every link's listening, every customer's freshness), kept because computing it reads every
 * team or link (seconds at a million people) while pages show it on every visit. It is reused while
 * its inputs are the same: the same diagnosis (an import replaces it), the same state of the data
 * rows it reads (an {@code equals} value such as the last id of each table, whose rows are only
 * ever added) and the same period of the clock (its minute or its day, for values that age as time
 * passes; one period for those that do not).
 *
 * <p>When only the data or the period moved, a small organisation computes again at once, so a new
 * response shows on the next page; from {@code behindFromTeams} teams, the value kept is served
 * while one computation runs behind, so that no visitor waits seconds for it and answers arriving
 * every second do not queue every reader behind a new computation. Those computations are paced:
 * the next one starts no sooner than {@link #PACE} times the last one's duration after it ended,
 * so that a cache whose data moves every second takes at most a tenth of one core, and a value
 * shown lags its data by about ten times its computation at most. A new diagnosis is always
 * computed before it is shown: a value of another organisation is never served.
 */
public final class LastComputed<T> {

  /** From how many teams a value is computed again behind the pages, unless a setting says otherwise. */
  public static final int BEHIND_FROM_TEAMS = 2000;

  /** The diagnosis is held weakly, as {@link PerDiagnosis} holds its keys: an import frees the one it replaced. */
  private record Entry<T>(WeakReference<Diagnosis> diagnosis, Object state, long period, T value) {

    boolean of(Diagnosis other) {
      return diagnosis.get() == other;
    }
  }

  /** How many times its own duration a computation behind the pages waits after the last one. */
  public static final int PACE = 9;

  private final Executor behind;
  private final int behindFromTeams;
  private final LongSupplier nanos;
  private Entry<T> last;
  private boolean refreshing;
  private long nextBehind;

  /**
   * @param behind runs a computation behind the pages
   * @param behindFromTeams the number of teams from which a computation runs behind
   * @param nanos the clock that paces those computations, in nanoseconds ({@link System#nanoTime})
   */
  public LastComputed(Executor behind, int behindFromTeams, LongSupplier nanos) {
    this.behind = behind;
    this.behindFromTeams = behindFromTeams;
    this.nanos = nanos;
    this.nextBehind = nanos.getAsLong();
  }

  /** Paced by {@link System#nanoTime}. */
  public LastComputed(Executor behind, int behindFromTeams) {
    this(behind, behindFromTeams, System::nanoTime);
  }

  /** Computed behind the pages on a thread of this name, from {@link #BEHIND_FROM_TEAMS} teams. */
  public LastComputed(String thread) {
    this(behindThePages(thread), BEHIND_FROM_TEAMS);
  }

  /** The minute of this instant, the period of a value that ages with the clock. */
  public static long minute(Instant now) {
    return Math.floorDiv(now.getEpochSecond(), 60);
  }

  /**
   * The value kept for these inputs, or the one {@code compute} gives, then kept. Requests that
   * come while it computes in front wait for it rather than compute it again beside it.
   * {@code compute} derives it from this diagnosis, not from the one current when it runs.
   */
  public synchronized T get(Diagnosis diagnosis, Object state, long period, Supplier<T> compute) {
    if (last != null && last.of(diagnosis)) {
      if (last.state().equals(state) && last.period() == period) {
        return last.value();
      }
      if (diagnosis.teamCount() >= behindFromTeams) {
        refreshBehind(diagnosis, state, period, compute);
        return last.value();
      }
    }
    last = new Entry<>(new WeakReference<>(diagnosis), state, period, compute.get());
    return last.value();
  }

  /** One thread at most, which ends when idle: the value is computed behind the pages one at a time. */
  public static Executor behindThePages(String name) {
    return new ThreadPoolExecutor(0, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), work -> {
      Thread thread = new Thread(work, name);
      thread.setDaemon(true);
      return thread;
    });
  }

  private void refreshBehind(Diagnosis diagnosis, Object state, long period, Supplier<T> compute) {
    if (refreshing || nanos.getAsLong() - nextBehind < 0) {
      return;
    }
    refreshing = true;
    behind.execute(() -> {
      long start = nanos.getAsLong();
      T value = null;
      try {
        value = compute.get();
      } finally {
        refreshed(diagnosis, state, period, value, nanos.getAsLong() - start);
      }
    });
  }

  private synchronized void refreshed(Diagnosis diagnosis, Object state, long period, T value, long took) {
    refreshing = false;
    nextBehind = nanos.getAsLong() + PACE * took;
    if (value != null && last != null && last.of(diagnosis)) {
      last = new Entry<>(new WeakReference<>(diagnosis), state, period, value);
    }
  }
}
