package org.maillon.server.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One action as stored, and whether the current diagnosis still shows its source. Its rules are
 * here, free of storage and web: when it is overdue, and the order lists show it in (overdue
 * first, then by due day, then by id).
 *
 * @param sourceKey what names the source in the diagnosis (see {@link SourceKind}); null for none
 * @param sourceGone true when the source is a finding, an overdue link or an index fix that the
 *     current diagnosis no longer shows, or a voice theme its team's voice no longer shows: the
 *     action may be confirmed and closed
 */
public record Action(long id, String title, String owner, String team, LocalDate due, ActionStatus status,
    String notes, SourceKind sourceKind, String sourceKey, String createdBy, Instant createdAt, Instant updatedAt,
    boolean sourceGone) {

  /** Whether the action is still pending and its due day has passed. */
  public boolean overdue(LocalDate today) {
    return status.pending() && due.isBefore(today);
  }

  /** The order of lists: overdue first, then by due day, then by id. */
  public static Comparator<Action> overdueFirst(LocalDate today) {
    return Comparator.comparing((Action a) -> !a.overdue(today)).thenComparing(Action::due)
        .thenComparingLong(Action::id);
  }

  /**
   * The words of the voice theme it comes from, as its key ({@code term:label}) keeps them for the
   * page, after the term's colon; null for another source. (A term that holds a colon itself, as
   * an abbreviation such as "k:a" can, shows its tail with the label: the check, which compares the
   * whole term, is not misled.)
   */
  public String themeLabel() {
    if (sourceKind != SourceKind.VOICE_THEME || sourceKey == null) {
      return null;
    }
    return sourceKey.substring(sourceKey.indexOf(':') + 1);
  }

  /** The same action, saying whether its source is gone. */
  Action withSourceGone(boolean gone) {
    return new Action(id, title, owner, team, due, status, notes, sourceKind, sourceKey, createdBy, createdAt,
        updatedAt, gone);
  }
}
