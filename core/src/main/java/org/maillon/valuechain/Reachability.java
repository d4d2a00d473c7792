package org.maillon.valuechain;

import java.util.Arrays;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;
import org.maillon.model.TeamKind;

/**
 * Breadth-first searches against the direction of links, from the ends of the value chain back to
 * the suppliers. Each search visits every node and link at most once: O(nodes + links).
 */
final class Reachability {

  static final int UNREACHABLE = -1;

  /** Decides, for a supplier met through a link into {@code via}, whether the search goes on from it. */
  @FunctionalInterface
  interface SupplierVisit {
    boolean expand(int supplier, int via);
  }

  private Reachability() {}

  /**
   * Searches backwards from the {@code tail} nodes already in the queue, which must have room for
   * every node; returns the number of nodes the queue held in the end.
   */
  static int searchBackwards(OrgGraph graph, int[] queue, int tail, SupplierVisit visit) {
    Rows in = graph.inLinks();
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int k = 0; k < in.size(node); k++) {
        int supplier = graph.linkFrom(in.get(node, k));
        if (visit.expand(supplier, node)) {
          queue[tail++] = supplier;
        }
      }
    }
    return tail;
  }

  /** Shortest number of links from every node to any final customer; {@link #UNREACHABLE} when none. */
  static int[] hopsToFinalCustomer(OrgGraph graph) {
    int[] hops = new int[graph.nodeCount()];
    Arrays.fill(hops, UNREACHABLE);
    int[] queue = new int[graph.nodeCount()];
    int tail = 0;
    for (int node = graph.teamCount(); node < graph.teamCount() + graph.customerCount(); node++) {
      hops[node] = 0;
      queue[tail++] = node;
    }
    searchBackwards(graph, queue, tail, (supplier, via) -> {
      if (hops[supplier] != UNREACHABLE) {
        return false;
      }
      hops[supplier] = hops[via] + 1;
      return true;
    });
    return hops;
  }

  /**
   * Whether a path of at least one link leads from each node to a front-line team or a final
   * customer. The targets themselves are marked only when they too lead to one.
   */
  static boolean[] reachesFrontLine(OrgGraph graph) {
    boolean[] reaches = new boolean[graph.nodeCount()];
    boolean[] expanded = new boolean[graph.nodeCount()];
    int[] queue = new int[graph.nodeCount()];
    int tail = 0;
    for (int node = 0; node < graph.teamCount() + graph.customerCount(); node++) {
      if (!graph.isTeam(node) || graph.kind(node) == TeamKind.FRONT_LINE) {
        expanded[node] = true;
        queue[tail++] = node;
      }
    }
    searchBackwards(graph, queue, tail, (supplier, via) -> {
      reaches[supplier] = true;
      if (expanded[supplier]) {
        return false;
      }
      expanded[supplier] = true;
      return true;
    });
    return reaches;
  }
}
