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

  private Reachability() {}

  /** Shortest number of links from every node to any final customer; {@link #UNREACHABLE} when none. */
  static int[] hopsToFinalCustomer(OrgGraph graph) {
    int n = graph.nodeCount();
    int[] hops = new int[n];
    Arrays.fill(hops, UNREACHABLE);
    int[] queue = new int[n];
    int tail = 0;
    for (int node = graph.teamCount(); node < graph.teamCount() + graph.customerCount(); node++) {
      hops[node] = 0;
      queue[tail++] = node;
    }
    Rows in = graph.inLinks();
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int k = 0; k < in.size(node); k++) {
        int supplier = graph.linkFrom(in.get(node, k));
        if (hops[supplier] == UNREACHABLE) {
          hops[supplier] = hops[node] + 1;
          queue[tail++] = supplier;
        }
      }
    }
    return hops;
  }

  /**
   * Whether a path of at least one link leads from each node to a front-line team or a final
   * customer. The targets themselves are marked only when they too lead to one.
   */
  static boolean[] reachesFrontLine(OrgGraph graph) {
    int n = graph.nodeCount();
    boolean[] reaches = new boolean[n];
    boolean[] expanded = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int node = 0; node < graph.teamCount() + graph.customerCount(); node++) {
      if (!graph.isTeam(node) || graph.kind(node) == TeamKind.FRONT_LINE) {
        expanded[node] = true;
        queue[tail++] = node;
      }
    }
    Rows in = graph.inLinks();
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int k = 0; k < in.size(node); k++) {
        int supplier = graph.linkFrom(in.get(node, k));
        reaches[supplier] = true;
        if (!expanded[supplier]) {
          expanded[supplier] = true;
          queue[tail++] = supplier;
        }
      }
    }
    return reaches;
  }
}
