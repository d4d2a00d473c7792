package org.maillon.server.listening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of a request, so that every one of them is reported, not only the first. */
final class Violations {

  private final List<Violation> found = new ArrayList<>();

  void add(String field, String code, Object... arguments) {
    found.add(new Violation(field, code, Arrays.asList(arguments)));
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
