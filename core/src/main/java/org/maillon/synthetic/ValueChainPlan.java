package org.maillon.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.maillon.model.Link;
import org.maillon.model.TeamKind;

/**
 * The links of service of a synthetic organisation. Each team supplies 1 to 5 others (mean 3): a
 * front-line team first serves a final customer (except {@link #FRONT_LINE_ASIDE_SHARE} of them),
 * then customers, front-line and core teams; a core team serves front-line and core teams; a
 * support team serves all kinds. Links between core teams, and back from the front line, make
 * cycles; a few front-line teams supply support teams (inversions). {@link #SILENT_SHARE} of teams
 * supply nobody, and {@link #ISOLATED_SHARE} of them only serve each other in a ring, so that a
 * few teams cannot reach any final customer. Each partner supplies 1 to 3 teams. Nodes are
 * numbered teams first, then final customers. O(teams + links) time.
 */
final class ValueChainPlan {

  static final double FRONT_LINE_ASIDE_SHARE = 0.03;
  static final double SILENT_SHARE = 0.005;
  static final double ISOLATED_SHARE = 0.003;
  private static final int MAX_LINKS = 5;

  private final HierarchyPlan teams;
  private final String[] nodeIds;
  private final int customerCount;
  private final SplittableRandom random;
  private final int[][] teamsByKind = new int[TeamKind.values().length][];
  private final List<Link> links = new ArrayList<>();

  private ValueChainPlan(HierarchyPlan teams, String[] nodeIds, SplittableRandom random) {
    this.teams = teams;
    this.nodeIds = nodeIds;
    this.customerCount = nodeIds.length - teams.teamCount();
    this.random = random;
    for (TeamKind kind : TeamKind.values()) {
      teamsByKind[kind.ordinal()] = IntStream.range(0, teams.teamCount())
          .filter(t -> teams.kind(t) == kind).toArray();
    }
  }

  /**
   * @param nodeIds the ids of the teams, in the plan's numbering, then of the final customers
   * @param partnerIds the partners, who supply teams
   */
  static List<Link> links(HierarchyPlan teams, String[] nodeIds, List<String> partnerIds, SplittableRandom random) {
    ValueChainPlan plan = new ValueChainPlan(teams, nodeIds, random);
    plan.teamLinks();
    for (String partner : partnerIds) {
      plan.partnerLinks(partner);
    }
    return plan.links;
  }

  private void teamLinks() {
    List<Integer> isolated = new ArrayList<>();
    for (int t = 0; t < teams.teamCount(); t++) {
      double r = random.nextDouble();
      if (r < ISOLATED_SHARE) {
        isolated.add(t);
      } else if (r >= ISOLATED_SHARE + SILENT_SHARE) {
        supply(t, chooseCustomers(t));
      }
    }
    for (int k = 0; isolated.size() > 1 && k < isolated.size(); k++) {
      supply(isolated.get(k), new int[] {isolated.get((k + 1) % isolated.size())});
    }
  }

  private int[] chooseCustomers(int team) {
    TeamKind kind = teams.kind(team);
    int[] chosen = new int[1 + random.nextInt(MAX_LINKS)];
    int count = 0;
    if (kind == TeamKind.FRONT_LINE && random.nextDouble() >= FRONT_LINE_ASIDE_SHARE) {
      chosen[count++] = finalCustomer();
    }
    for (int draw = 0; draw < 2 * MAX_LINKS && count < chosen.length; draw++) {
      int target = target(kind);
      if (target != team && !contains(chosen, count, target)) {
        chosen[count++] = target;
      }
    }
    return Arrays.copyOf(chosen, count);
  }

  private int target(TeamKind supplier) {
    double r = random.nextDouble();
    return switch (supplier) {
      case FRONT_LINE -> r < 0.45 ? finalCustomer() : r < 0.6 ? team(TeamKind.FRONT_LINE)
          : r < 0.97 ? team(TeamKind.CORE) : team(TeamKind.SUPPORT);
      case CORE -> r < 0.55 ? team(TeamKind.FRONT_LINE) : r < 0.97 ? team(TeamKind.CORE) : team(TeamKind.SUPPORT);
      case SUPPORT -> r < 0.4 ? team(TeamKind.FRONT_LINE) : r < 0.85 ? team(TeamKind.CORE) : team(TeamKind.SUPPORT);
    };
  }

  /** A team of that kind drawn uniformly, or a final customer when there is none. */
  private int team(TeamKind kind) {
    int[] candidates = teamsByKind[kind.ordinal()];
    return candidates.length == 0 ? finalCustomer() : candidates[random.nextInt(candidates.length)];
  }

  private int finalCustomer() {
    return teams.teamCount() + random.nextInt(customerCount);
  }

  private void supply(int team, int[] customers) {
    String delivers = Vocabulary.function(teams.function(team)).delivers();
    for (int customer : customers) {
      links.add(LinkTerms.link(nodeIds[team], nodeIds[customer], delivers, random));
    }
  }

  private void partnerLinks(String partner) {
    int[] chosen = new int[1 + random.nextInt(3)];
    int count = 0;
    for (int draw = 0; draw < 2 * chosen.length && count < chosen.length && teams.teamCount() > 0; draw++) {
      int target = random.nextInt(teams.teamCount());
      if (!contains(chosen, count, target)) {
        chosen[count++] = target;
        links.add(LinkTerms.link(partner, nodeIds[target], null, random));
      }
    }
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }
}
