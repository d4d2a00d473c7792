package org.maillon.server.actions;

import java.time.LocalDate;
import java.util.Objects;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Team;

/**
 * An action to create. Only the title and the team are required: the owner defaults to the team's
 * lead, the due day ({@code YYYY-MM-DD}) to {@link #DEFAULT_DAYS} days from today, the status to
 * open, the source to none.
 *
 * @param sourceKind what it comes from ({@link SourceKind}'s codes)
 * @param sourceKey what names the source in the diagnosis; required unless the kind is none
 */
public record NewAction(String title, String owner, String team, String due, String status, String notes,
    String sourceKind, String sourceKey) {

  /** Days from today to the due day when none is given. */
  public static final int DEFAULT_DAYS = 30;

  /** The action checked against the current model, its defaults filled in; every problem at once otherwise. */
  Checked check(Diagnosis diagnosis, LocalDate today) {
    ActionRules rules = new ActionRules(diagnosis);
    rules.title(title, true);
    Team known = rules.team(team);
    String who = blank(owner) && known != null ? known.lead() : owner;
    rules.owner(who);
    LocalDate day = blank(due) ? today.plusDays(DEFAULT_DAYS) : rules.due(due);
    ActionStatus state = blank(status) ? ActionStatus.OPEN : rules.status(status);
    rules.notes(notes);
    SourceKind kind = blank(sourceKind) ? SourceKind.NONE : SourceKind.of(sourceKind).orElse(null);
    if (kind == null) {
      rules.add("sourceKind", "badSource", sourceKind);
    } else if (kind != SourceKind.NONE && blank(sourceKey)) {
      rules.add("sourceKey", "required");
    } else if (sourceKey != null && sourceKey.length() > ActionRules.MAX_SOURCE_KEY) {
      rules.add("sourceKey", "tooLong", ActionRules.MAX_SOURCE_KEY);
    }
    rules.throwIfAny();
    return new Checked(title.strip(), who, team, day, state, blank(notes) ? null : notes, kind,
        kind == SourceKind.NONE ? null : sourceKey);
  }

  /** A checked action, ready to store. */
  record Checked(String title, String owner, String team, LocalDate due, ActionStatus status, String notes,
      SourceKind sourceKind, String sourceKey) {

    /** Whether it differs from this action in a field a change may touch: if not, nothing is written. */
    boolean changes(Action action) {
      return !(title.equals(action.title()) && owner.equals(action.owner()) && due.equals(action.due())
          && status == action.status() && Objects.equals(notes, action.notes()));
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
