package org.maillon.scenario;

import org.maillon.graph.IdIndex;
import org.maillon.model.Organization;
import org.maillon.model.Settings;

/**
 * An organisation while a scenario's operations apply to it one after the other, and the
 * problems met on the way, each at the operation that met it. An operation that meets a problem
 * changes nothing, so that the next ones can still be checked.
 */
final class Working {

  private final Organization was;
  private final WorkingPeople people;
  private final WorkingChain chain;
  private final ScenarioProblems problems;
  private Settings settings;
  private Place place;

  Working(Organization was, ScenarioProblems problems) {
    this.was = was;
    this.people = new WorkingPeople(was.people());
    this.chain = new WorkingChain(was);
    this.problems = problems;
    this.settings = was.settings();
  }

  void apply(Operation operation) {
    place = operation.place();
    operation.applyTo(this);
  }

  WorkingPeople people() {
    return people;
  }

  WorkingChain chain() {
    return chain;
  }

  Settings settings() {
    return settings;
  }

  void settings(Settings changed) {
    settings = changed;
  }

  void problem(String key, Object... args) {
    problems.add(place, key, args);
  }

  /** The number of the person still there with this id; else a problem and {@link IdIndex#ABSENT}. */
  int person(String id) {
    int p = people.find(id);
    if (p == IdIndex.ABSENT) {
      problem("person.unknown", id);
    }
    return p;
  }

  /** Whether a team has this id; else a problem. */
  boolean team(String id) {
    if (chain.team(id) == null) {
      problem("team.unknown", id);
      return false;
    }
    return true;
  }

  /** Whether a link may run from {@code from} to {@code to}, as the model's rules say; else a problem. */
  boolean linkable(String from, String to) {
    boolean ok = true;
    if (!chain.canSupply(from)) {
      problem("link.from", from);
      ok = false;
    }
    if (!chain.canReceive(to)) {
      problem("link.to", to);
      ok = false;
    }
    if (ok && from.equals(to)) {
      problem("link.self", from);
      ok = false;
    }
    if (ok && chain.link(from, to) != null) {
      problem("link.exists", from, to);
      ok = false;
    }
    return ok;
  }

  /** Whether the link exists; else a problem. */
  boolean linked(String from, String to) {
    if (chain.link(from, to) == null) {
      problem("link.unknown", from, to);
      return false;
    }
    return true;
  }

  /** People who left no longer lead teams nor sign procedures. */
  void forgetLeavers() {
    chain.withoutPeople(people::absent);
  }

  Organization result() {
    return chain.organization(was, settings, people.people());
  }
}
