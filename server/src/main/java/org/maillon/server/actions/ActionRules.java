package org.maillon.server.actions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Team;

/**
 * Checks the fields an action is created or changed with, collecting every problem so that all are
 * reported at once ({@link ActionRejected}); the creation and the change share it.
 */
final class ActionRules {

  static final int MAX_TITLE = 200;
  static final int MAX_NOTES = 2000;
  static final int MAX_SOURCE_KEY = 1100;

  private final Diagnosis diagnosis;
  private final List<ActionRejected.Problem> found = new ArrayList<>();

  ActionRules(Diagnosis diagnosis) {
    this.diagnosis = diagnosis;
  }

  void add(String field, String code, Object... arguments) {
    found.add(new ActionRejected.Problem(field, code, Arrays.asList(arguments)));
  }

  /** A title: required when {@code required}, at most {@link #MAX_TITLE} characters. */
  void title(String title, boolean required) {
    if (title == null || title.isBlank()) {
      if (required || title != null) {
        add("title", "required");
      }
    } else if (title.strip().length() > MAX_TITLE) {
      add("title", "tooLong", MAX_TITLE);
    }
  }

  void notes(String notes) {
    if (notes != null && notes.length() > MAX_NOTES) {
      add("notes", "tooLong", MAX_NOTES);
    }
  }

  /** The team of the model this id names, or null (with a problem) when it names none. */
  Team team(String id) {
    if (id == null || id.isBlank()) {
      add("team", "required");
      return null;
    }
    Team team = diagnosis.teamInModel(id).orElse(null);
    if (team == null) {
      add("team", "unknownTeam", id);
    }
    return team;
  }

  /** Adds a problem unless the id names a person of the current model. */
  void owner(String id) {
    if (id == null || id.isBlank()) {
      add("owner", "required");
    } else if (diagnosis.person(id).isEmpty()) {
      add("owner", "unknownPerson", id);
    }
  }

  /** The day written {@code YYYY-MM-DD}, or null (with a problem) when it is not one. */
  LocalDate due(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      add("due", "badDate", text);
      return null;
    }
  }

  /** The status of this code, or null (with a problem) when none has it. */
  ActionStatus status(String code) {
    return ActionStatus.of(code).orElseGet(() -> {
      add("status", "badStatus", code);
      return null;
    });
  }

  /** The status a list is narrowed to: none when blank, 422 when no status has this code. */
  static ActionStatus statusFilter(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    ActionRules rules = new ActionRules(null);
    ActionStatus status = rules.status(code.strip());
    rules.throwIfAny();
    return status;
  }

  /** Throws the problems found, if any: nothing may be recorded then. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ActionRejected(found);
    }
  }
}
