package org.maillon.server.actions;

import java.time.LocalDate;
import org.maillon.diagnosis.Diagnosis;

/**
 * What a {@code PATCH} changes in an action: each field given replaces the action's, each field
 * left out (null) keeps it; empty notes clear them. Its owner may change the status and the notes
 * only ({@link #onlyStatusAndNotes()}); the team's leads, managers and admins any field.
 */
public record ActionChange(String title, String owner, String due, String status, String notes) {

  /** Whether this change touches nothing but the status and the notes. */
  boolean onlyStatusAndNotes() {
    return title == null && owner == null && due == null;
  }

  /** The action changed, checked against the current model; every problem at once otherwise. */
  NewAction.Checked applyTo(Action action, Diagnosis diagnosis) {
    ActionRules rules = new ActionRules(diagnosis);
    rules.title(title, false);
    if (owner != null) {
      rules.owner(owner);
    }
    LocalDate day = due == null ? action.due() : rules.due(due);
    ActionStatus state = status == null ? action.status() : rules.status(status);
    rules.notes(notes);
    rules.throwIfAny();
    return new NewAction.Checked(title == null ? action.title() : title.strip(), owner == null ? action.owner() : owner,
        action.team(), day, state, notes == null ? action.notes() : NewAction.blank(notes) ? null : notes,
        action.sourceKind(), action.sourceKey());
  }
}
