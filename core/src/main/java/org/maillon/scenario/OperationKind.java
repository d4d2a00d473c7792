package org.maillon.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operations a scenario file may state, by the name it gives them, with their fields: those
 * required and those optional. An operation with a single required field may give it alone
 * ({@code removeLayer: 2}, {@code setTargetSpan: 6}).
 */
enum OperationKind {
  MOVE("move", List.of("person", "manager"), List.of(),
      f -> new Operation.Move(f.place(), f.text("person"), f.text("manager"))),
  REMOVE_MANAGER("removeManager", List.of("person"), List.of(),
      f -> new Operation.RemoveManager(f.place(), f.text("person"))),
  REMOVE_LAYER("removeLayer", List.of("depth"), List.of(),
      f -> f.whole("depth").map(depth -> new Operation.RemoveLayer(f.place(), depth)).orElse(null)),
  MERGE_TEAMS("mergeTeams", List.of("into", "from"), List.of(),
      f -> new Operation.MergeTeams(f.place(), f.text("into"), f.text("from"))),
  MOVE_TEAM("moveTeam", List.of("team", "lead"), List.of(),
      f -> new Operation.MoveTeam(f.place(), f.text("team"), f.text("lead"))),
  RELINK("relink", List.of("from", "to"), List.of("newFrom", "newTo"),
      f -> new Operation.Relink(f.place(), f.text("from"), f.text("to"), f.text("newFrom"), f.text("newTo"))),
  ADD_LINK("addLink", List.of("from", "to"), List.of("delivers"),
      f -> new Operation.AddLink(f.place(), f.text("from"), f.text("to"), f.text("delivers"))),
  REMOVE_LINK("removeLink", List.of("from", "to"), List.of(),
      f -> new Operation.RemoveLink(f.place(), f.text("from"), f.text("to"))),
  SET_TARGET_SPAN("setTargetSpan", List.of("span"), List.of(),
      f -> f.whole("span").map(span -> new Operation.SetTargetSpan(f.place(), span)).orElse(null));

  private final String key;
  private final List<String> required;
  private final List<String> optional;
  private final Function<Fields, Operation> build;

  OperationKind(String key, List<String> required, List<String> optional, Function<Fields, Operation> build) {
    this.key = key;
    this.required = required;
    this.optional = optional;
    this.build = build;
  }

  static Optional<OperationKind> of(String key) {
    for (OperationKind kind : values()) {
      if (kind.key.equals(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  String key() {
    return key;
  }

  /** The field a value given alone stands for, when the operation has a single one. */
  Optional<String> alone() {
    return required.size() == 1 && optional.isEmpty() ? Optional.of(required.get(0)) : Optional.empty();
  }

  boolean knows(String field) {
    return required.contains(field) || optional.contains(field);
  }

  /** The operation, or null after reporting each required field missing or each value wrong. */
  Operation build(Fields fields) {
    boolean complete = true;
    for (String field : required) {
      if (fields.text(field) == null) {
        fields.problems().add(fields.place(), "field.missing", key, field);
        complete = false;
      }
    }
    return complete ? build.apply(fields) : null;
  }

  /** The fields of one operation as read, each value where it stands. */
  record Fields(Place place, Map<String, String> values, Map<String, Place> places, ScenarioProblems problems) {

    String text(String field) {
      return values.get(field);
    }

    /** The field as a whole number, or empty after reporting it is not one. */
    Optional<Integer> whole(String field) {
      try {
        return Optional.of(Integer.valueOf(values.get(field)));
      } catch (NumberFormatException e) {
        problems.add(places.getOrDefault(field, place), "number.whole", field, values.get(field));
        return Optional.empty();
      }
    }
  }
}
