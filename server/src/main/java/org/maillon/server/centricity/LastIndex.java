package org.maillon.server.centricity;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.maillon.diagnosis.Diagnosis;

/**
 * The organisation's index last computed, with its overview, kept because computing it reads
 * every team (about a second at 100,000 people and 9,900 teams, ten at a million) while the home
 * page shows it on every visit. It is reused while its inputs are the same: the same diagnosis (an
 * import replaces it), the same listening and card data ({@link HistoryRecords.State}), and the
 * same minute of the clock, since links fall overdue and cards go stale as time passes.
 *
 * <p>When only the data or the minute moved, a small organisation computes again at once, so a new
 * response shows on the next page; from {@code behindFromTeams} teams, the index kept is served
 * while one computation runs behind, so that no visitor waits seconds for it and answers arriving
 * every second do not queue every reader behind a new computation. A new diagnosis is always
 * computed before it is shown: an index of another organisation is never served.
 */
final class LastIndex {

  /** The diagnosis is held weakly, as {@code PerDiagnosis} holds its keys: an import frees the one it replaced. */
  private record Entry(WeakReference<Diagnosis> diagnosis, HistoryRecords.State state, long minute,
      CentricityService.Overview overview) {

    boolean of(Diagnosis other) {
      return diagnosis.get() == other;
    }
  }

  private final Executor behind;
  private final int behindFromTeams;
  private Entry last;
  private boolean refreshing;

  /**
   * @param behind runs a computation behind the pages
   * @param behindFromTeams the number of teams from which a computation runs behind
   */
  LastIndex(Executor behind, int behindFromTeams) {
    this.behind = behind;
    this.behindFromTeams = behindFromTeams;
  }

  /**
   * The overview kept for these inputs, or the one {@code compute} gives, then kept. Requests that
   * come while it computes in front wait for it rather than compute it again beside it.
   */
  synchronized CentricityService.Overview get(Diagnosis diagnosis, HistoryRecords.State state, Instant now,
      Supplier<CentricityService.Overview> compute) {
    long minute = Math.floorDiv(now.getEpochSecond(), 60);
    if (last != null && last.of(diagnosis)) {
      if (last.state().equals(state) && last.minute() == minute) {
        return last.overview();
      }
      if (diagnosis.teamCount() >= behindFromTeams) {
        refreshBehind(diagnosis, state, minute, compute);
        return last.overview();
      }
    }
    last = new Entry(new WeakReference<>(diagnosis), state, minute, compute.get());
    return last.overview();
  }

  private void refreshBehind(Diagnosis diagnosis, HistoryRecords.State state, long minute,
      Supplier<CentricityService.Overview> compute) {
    if (refreshing) {
      return;
    }
    refreshing = true;
    behind.execute(() -> {
      CentricityService.Overview overview = null;
      try {
        overview = compute.get();
      } finally {
        refreshed(diagnosis, state, minute, overview);
      }
    });
  }

  private synchronized void refreshed(Diagnosis diagnosis, HistoryRecords.State state, long minute,
      CentricityService.Overview overview) {
    refreshing = false;
    if (overview != null && last != null && last.of(diagnosis)) {
      last = new Entry(new WeakReference<>(diagnosis), state, minute, overview);
    }
  }
}
