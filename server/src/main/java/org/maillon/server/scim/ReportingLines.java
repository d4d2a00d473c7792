package org.maillon.server.scim;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The reporting lines as the model and the SCIM users say them together: a user's manager is the
 * directory's, a person SCIM never named keeps the model's. One walk up them serves both the check
 * that refuses a cycle when a change arrives and the fold that moves a leaver's reports up, so
 * that what was accepted always folds. Each walk stops at a person seen twice: a cycle it did not
 * close is not its concern.
 */
final class ReportingLines {

  private final Function<String, String> managerOf;

  ReportingLines(Function<String, String> managerOf) {
    this.managerOf = managerOf;
  }

  /** Whether giving {@code person} this manager makes {@code person} report, at last, to themself. */
  boolean closesCycle(String person, String manager) {
    Set<String> seen = new HashSet<>();
    for (String at = manager; at != null && seen.add(at); at = managerOf.apply(at)) {
      if (at.equals(person)) {
        return true;
      }
    }
    return false;
  }

  /** The first of this manager and those above them who stays in the model, or null for none. */
  String firstStaying(String manager, Predicate<String> stays) {
    Set<String> seen = new HashSet<>();
    for (String at = manager; at != null && seen.add(at); at = managerOf.apply(at)) {
      if (stays.test(at)) {
        return at;
      }
    }
    return null;
  }
}
