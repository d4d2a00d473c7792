package org.maillon.server.listening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.model.TextLimits;
import org.maillon.server.valuechain.ValueChainIndex;

/** Collects the problems of a request, so that every one of them is reported, not only the first. */
final class Violations {

  private final List<Violation> found = new ArrayList<>();

  void add(String field, String code, Object... arguments) {
    found.add(new Violation(field, code, Arrays.asList(arguments)));
  }

  /**
   * Adds a problem when an id is missing, or longer than any id of a model ({@link TextLimits#ID});
   * true when it may name something, to be looked up.
   */
  boolean id(String field, String id) {
    if (id == null || id.isBlank()) {
      add(field, "required");
      return false;
    }
    tooLong(field, id, TextLimits.ID);
    return id.length() <= TextLimits.ID;
  }

  /** Adds a problem unless {@code team} names a team of the model; true when it does. */
  boolean team(String field, String team, ValueChainIndex model) {
    if (!id(field, team)) {
      return false;
    }
    if (!model.isTeam(team)) {
      add(field, "unknownTeam", team);
      return false;
    }
    return true;
  }

  /** Adds a problem when the text is longer than allowed. */
  void tooLong(String field, String text, int max) {
    if (text != null && text.length() > max) {
      add(field, "tooLong", max);
    }
  }

  /** Throws the problems found, if any: nothing may be recorded then. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ListeningRejected(found);
    }
  }
}
