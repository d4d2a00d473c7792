package org.maillon.synthetic;

import java.util.SplittableRandom;
import org.maillon.model.TeamKind;

/**
 * Who reports to whom and who works in which team, as int arrays. People are numbered breadth
 * first: person {@code i} is decided on at step {@code i}, after its manager, so the reporting
 * lines can have no cycle. A person becomes a manager with probability {@link #MANAGER_SHARE}
 * (always when nobody else is left to hire the rest), with a span of 3 to 14 (mean about 8.5),
 * or 1 to 2 for {@link #NARROW_SHARE} of managers. Leaves at every level make the depth uneven.
 * A manager's reports form a new team led by them, or, for {@link #SHARED_TEAM_SHARE} of managers,
 * join the manager's own team, which brings teams to about ten people. A new team's kind is drawn,
 * 30% front-line, 50% core and 20% support; it mostly keeps the function of its parent team when
 * of the same kind. O(people) time and memory.
 */
final class HierarchyPlan {

  static final int NONE = -1;
  static final double MANAGER_SHARE = 0.5;
  static final double NARROW_SHARE = 0.05;
  static final double SHARED_TEAM_SHARE = 0.2;
  static final double NEW_FUNCTION_SHARE = 0.35;

  final int[] manager;
  final int[] team;
  final boolean[] manages;
  private final int[] teamLead;
  private final int[] teamFunction;
  private int teamCount;
  private final SplittableRandom random;

  private HierarchyPlan(int people, SplittableRandom random) {
    this.random = random;
    manager = new int[people];
    team = new int[people];
    manages = new boolean[people];
    teamLead = new int[people];
    teamFunction = new int[people];
  }

  static HierarchyPlan of(int people, SplittableRandom random) {
    HierarchyPlan plan = new HierarchyPlan(people, random);
    plan.hire();
    return plan;
  }

  int teamCount() {
    return teamCount;
  }

  int lead(int t) {
    return teamLead[t];
  }

  int function(int t) {
    return teamFunction[t];
  }

  TeamKind kind(int t) {
    return Vocabulary.function(teamFunction[t]).kind();
  }

  private void hire() {
    int people = manager.length;
    if (people == 0) {
      return;
    }
    manager[0] = NONE;
    team[0] = newTeam(0, Vocabulary.MANAGEMENT);
    int next = 1;
    for (int p = 0; p < people && next < people; p++) {
      boolean lastInLine = p == next - 1;
      if (lastInLine || random.nextDouble() < MANAGER_SHARE) {
        next = hireReports(p, next, Math.min(span(), people - next));
      }
    }
  }

  private int hireReports(int boss, int next, int span) {
    manages[boss] = true;
    int reportsTeam = random.nextDouble() < SHARED_TEAM_SHARE ? team[boss] : newTeam(boss, childFunction(team[boss]));
    for (int k = 0; k < span; k++) {
      manager[next + k] = boss;
      team[next + k] = reportsTeam;
    }
    return next + span;
  }

  private int span() {
    if (random.nextDouble() < NARROW_SHARE) {
      return 1 + random.nextInt(2);
    }
    return 3 + random.nextInt(6) + random.nextInt(7);
  }

  /** A kind drawn independently (so that shares hold at any size), the parent's function if of that kind. */
  private int childFunction(int parentTeam) {
    double r = random.nextDouble();
    TeamKind kind = r < 0.3 ? TeamKind.FRONT_LINE : r < 0.8 ? TeamKind.CORE : TeamKind.SUPPORT;
    int parent = teamFunction[parentTeam];
    boolean keep = Vocabulary.function(parent).kind() == kind && random.nextDouble() >= NEW_FUNCTION_SHARE;
    return keep ? parent : Vocabulary.functionOf(kind, random);
  }

  private int newTeam(int lead, int function) {
    teamLead[teamCount] = lead;
    teamFunction[teamCount] = function;
    return teamCount++;
  }
}
