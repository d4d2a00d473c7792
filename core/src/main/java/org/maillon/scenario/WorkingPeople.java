package org.maillon.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.maillon.graph.Depths;
import org.maillon.graph.IdIndex;
import org.maillon.graph.OrgGraph;
import org.maillon.model.Person;

/**
 * The people of an organisation while a scenario changes them, numbered as in the model: each
 * one's manager by number, team, and whether they left. A manager is always someone still there,
 * and reporting lines never cycle: an operation that would break either is undone by the caller.
 * Every operation is one pass over the people at most.
 */
final class WorkingPeople {

  private final List<Person> people;
  private final String[] ids;
  private final IdIndex index;
  private final int[] manager;
  private final String[] team;
  private final boolean[] gone;

  WorkingPeople(List<Person> people) {
    this.people = people;
    int n = people.size();
    ids = new String[n];
    team = new String[n];
    for (int p = 0; p < n; p++) {
      ids[p] = people.get(p).id();
      team[p] = people.get(p).team();
    }
    index = IdIndex.of(ids);
    manager = new int[n];
    for (int p = 0; p < n; p++) {
      String id = people.get(p).manager();
      manager[p] = id == null ? OrgGraph.NONE : index.positionOf(id);
    }
    gone = new boolean[n];
  }

  /** The number of the person with this id still there, or {@link IdIndex#ABSENT}. */
  int find(String id) {
    int p = id == null ? IdIndex.ABSENT : index.positionOf(id);
    return p == IdIndex.ABSENT || gone[p] ? IdIndex.ABSENT : p;
  }

  /** Whether the person with this id has left (or never was). */
  boolean absent(String id) {
    return find(id) == IdIndex.ABSENT;
  }

  String id(int p) {
    return ids[p];
  }

  int managerOf(int p) {
    return manager[p];
  }

  /** Puts {@code p} under {@code m}; false, and nothing changed, when that closes a cycle. */
  boolean move(int p, int m) {
    int former = manager[p];
    manager[p] = m;
    if (cycles(m)) {
      manager[p] = former;
      return false;
    }
    return true;
  }

  /** The person leaves; their direct reports go to their manager, or become tops. */
  void remove(int p) {
    int above = manager[p];
    for (int q = 0; q < manager.length; q++) {
      if (manager[q] == p) {
        manager[q] = above;
      }
    }
    leave(p);
  }

  /**
   * Every manager at {@code depth} (0 for the tops) leaves, their reports going to the manager
   * above, who is at the depth above and stays. Returns how many left.
   */
  int removeLayer(int depth) {
    int n = manager.length;
    int[] depths = Depths.of(n, p -> manager[p], p -> ids[p]);
    boolean[] manages = new boolean[n];
    for (int p = 0; p < n; p++) {
      if (!gone[p] && manager[p] != OrgGraph.NONE) {
        manages[manager[p]] = true;
      }
    }
    boolean[] leaving = new boolean[n];
    int leavers = 0;
    for (int p = 0; p < n; p++) {
      if (manages[p] && depths[p] == depth) {
        leaving[p] = true;
        leavers++;
      }
    }
    for (int p = 0; p < n; p++) {
      if (!gone[p] && manager[p] != OrgGraph.NONE && leaving[manager[p]]) {
        manager[p] = manager[manager[p]];
      }
    }
    for (int p = 0; p < n; p++) {
      if (leaving[p]) {
        leave(p);
      }
    }
    return leavers;
  }

  /** The members of team {@code from} join team {@code into}. */
  void retag(String from, String into) {
    for (int p = 0; p < team.length; p++) {
      if (from.equals(team[p])) {
        team[p] = into;
      }
    }
  }

  /**
   * The members of {@code teamId} who reported to its former lead report to {@code lead} instead
   * (the lead themself excepted); false, and nothing changed, when that closes a cycle.
   */
  boolean follow(String teamId, int formerLead, int lead) {
    List<Integer> moved = new ArrayList<>();
    for (int p = 0; p < manager.length; p++) {
      if (!gone[p] && p != lead && manager[p] == formerLead && teamId.equals(team[p])) {
        manager[p] = lead;
        moved.add(p);
      }
    }
    if (cycles(lead)) {
      moved.forEach(p -> manager[p] = formerLead);
      return false;
    }
    return true;
  }

  /** The people still there, in the model's order, with their managers and teams as they now are. */
  List<Person> people() {
    List<Person> now = new ArrayList<>(people.size());
    for (int p = 0; p < ids.length; p++) {
      if (gone[p]) {
        continue;
      }
      Person was = people.get(p);
      String managerId = manager[p] == OrgGraph.NONE ? null : ids[manager[p]];
      boolean same = Objects.equals(managerId, was.manager()) && Objects.equals(team[p], was.team());
      now.add(same ? was : new Person(was.id(), was.name(), was.title(), team[p], managerId, was.email(),
          was.cost()));
    }
    return now;
  }

  private void leave(int p) {
    gone[p] = true;
    manager[p] = OrgGraph.NONE;
  }

  /**
   * Whether the line above {@code m} comes back to {@code m}. Only lines into {@code m} changed
   * and there was no cycle before, so any new cycle runs through it and the walk ends.
   */
  private boolean cycles(int m) {
    for (int p = manager[m]; p != OrgGraph.NONE; p = manager[p]) {
      if (p == m) {
        return true;
      }
    }
    return false;
  }
}
