package org.maillon.bench;

import org.maillon.graph.OrgGraph;
import org.maillon.model.Organization;
import org.maillon.model.TeamKind;

/**
 * The organisation as plain int arrays, in Maillon's numbering (people in model order; nodes:
 * teams, then final customers, then partners), handed to every alternative so that none of them
 * pays for resolving string ids — a head start Maillon, which starts from the model's records,
 * does not get. {@code -1} stands for no manager or no team.
 */
public record GraphData(
    int[] manager, int[] team, int teamCount, int customerCount, int nodeCount,
    boolean[] frontLine, int[] linkFrom, int[] linkTo) {

  /** Extracts the arrays through Maillon's graph, whose numbering the figures are compared in. O(people + links). */
  public static GraphData of(Organization organization) {
    OrgGraph graph = OrgGraph.of(organization);
    int people = graph.personCount();
    int[] manager = new int[people];
    int[] team = new int[people];
    for (int p = 0; p < people; p++) {
      manager[p] = graph.managerOf(p);
      team[p] = graph.teamOf(p);
    }
    boolean[] frontLine = new boolean[graph.nodeCount()];
    for (int t = 0; t < graph.teamCount(); t++) {
      frontLine[t] = graph.kind(t) == TeamKind.FRONT_LINE;
    }
    int[] from = new int[graph.linkCount()];
    int[] to = new int[graph.linkCount()];
    for (int l = 0; l < from.length; l++) {
      from[l] = graph.linkFrom(l);
      to[l] = graph.linkTo(l);
    }
    return new GraphData(manager, team, graph.teamCount(), graph.customerCount(), graph.nodeCount(), frontLine, from, to);
  }

  public int personCount() {
    return manager.length;
  }

  public boolean isFinalCustomer(int node) {
    return node >= teamCount && node < teamCount + customerCount;
  }
}
