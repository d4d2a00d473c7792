package org.maillon.modelfile;

import java.util.HashMap;
import java.util.Map;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/**
 * Turns the scalar slots a reader filled into model records, the same way for every format: an
 * empty value is an absent one, equal references share one string (a million people name a few
 * thousand managers and teams), and {@code kind} and {@code targetSpan}, which the records cannot
 * hold when invalid, are checked here.
 */
final class Entities {

  private final Problems problems;
  private final Map<String, String> shared = new HashMap<>();

  Entities(Problems problems) {
    this.problems = problems;
  }

  /** The value to keep for a field read as {@code raw}. */
  String value(Field field, String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (field.reference()) {
      String known = shared.putIfAbsent(raw, raw);
      return known == null ? raw : known;
    }
    return raw;
  }

  FinalCustomer customer(String[] slots) {
    return new FinalCustomer(slots[0], slots[1]);
  }

  Partner partner(String[] slots) {
    return new Partner(slots[0], slots[1]);
  }

  Person person(String[] slots) {
    return new Person(slots[0], slots[1], slots[2], slots[3], slots[4]);
  }

  Expectation expectation(String[] slots) {
    return new Expectation(slots[0], slots[1]);
  }

  /** A team; an invalid kind is reported at {@code kindAt} and read as the default. */
  Team team(String[] slots, String file, long kindAt) {
    TeamKind kind = null;
    if (slots[2] != null) {
      kind = TeamKind.fromCode(slots[2]).orElse(null);
      if (kind == null) {
        problems.error(file, kindAt, "kind.invalid", slots[2]);
      }
    }
    return new Team(slots[0], slots[1], kind, slots[3], slots[4]);
  }

  /** The settings for a target span read as {@code raw}; null when it is absent or invalid. */
  Settings settings(String raw, String file, long at) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      int span = Integer.parseInt(raw.trim());
      if (span >= Settings.MIN_TARGET_SPAN) {
        return new Settings(span);
      }
    } catch (NumberFormatException notAnInteger) {
      // reported below, as for a too small span
    }
    problems.error(file, at, "targetSpan.invalid", raw);
    return null;
  }
}
