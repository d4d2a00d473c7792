package org.maillon.server.centricity;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.function.Supplier;
import org.maillon.diagnosis.Diagnosis;

/**
 * The organisation's index last computed, with its overview, kept because computing it reads
 * every team (about a second at 100,000 people and 9,900 teams) while the home page shows it on
 * every visit. It is reused while its inputs are the same: the same diagnosis (an import replaces
 * it), the same listening and card data ({@link HistoryRecords.State}), and the same minute of the
 * clock, since links fall overdue and cards go stale as time passes; so a change of time shows
 * within a minute, and a new response, campaign, conversation or card entry at once.
 */
final class LastIndex {

  /** The diagnosis is held weakly, as {@code PerDiagnosis} holds its keys: an import frees the one it replaced. */
  private record Entry(WeakReference<Diagnosis> diagnosis, HistoryRecords.State state, long minute,
      CentricityService.Overview overview) {}

  private Entry last;

  /**
   * The overview kept for these inputs, or the one {@code compute} gives, then kept. Requests that
   * come while it computes wait for it rather than compute it again beside it.
   */
  synchronized CentricityService.Overview get(Diagnosis diagnosis, HistoryRecords.State state, Instant now,
      Supplier<CentricityService.Overview> compute) {
    long minute = Math.floorDiv(now.getEpochSecond(), 60);
    if (last != null && last.diagnosis().get() == diagnosis && last.state().equals(state) && last.minute() == minute) {
      return last.overview();
    }
    CentricityService.Overview overview = compute.get();
    last = new Entry(new WeakReference<>(diagnosis), state, minute, overview);
    return overview;
  }
}
