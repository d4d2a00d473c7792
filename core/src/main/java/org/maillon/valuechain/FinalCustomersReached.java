package org.maillon.valuechain;

import java.util.Arrays;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;

/**
 * For every team, the final customers its work reaches, in id order. One backward search per final
 * customer: O(final customers × (nodes + links)), and memory proportional to the answer.
 */
final class FinalCustomersReached {

  private final int[] customerOfPair;
  private final Rows pairsByTeam;

  private FinalCustomersReached(OrgGraph graph) {
    int[] teamOfPair = new int[16];
    int[] customerOfPairs = new int[16];
    int pairs = 0;
    int[] stamp = new int[graph.nodeCount()];
    int[] queue = new int[graph.nodeCount()];
    Rows in = graph.inLinks();
    int round = 0;
    for (int customer : customersById(graph)) {
      round++;
      int tail = 0;
      stamp[customer] = round;
      queue[tail++] = customer;
      for (int head = 0; head < tail; head++) {
        int node = queue[head];
        for (int k = 0; k < in.size(node); k++) {
          int supplier = graph.linkFrom(in.get(node, k));
          if (stamp[supplier] != round) {
            stamp[supplier] = round;
            queue[tail++] = supplier;
            if (graph.isTeam(supplier)) {
              if (pairs == teamOfPair.length) {
                teamOfPair = Arrays.copyOf(teamOfPair, pairs * 2);
                customerOfPairs = Arrays.copyOf(customerOfPairs, pairs * 2);
              }
              teamOfPair[pairs] = supplier;
              customerOfPairs[pairs++] = customer;
            }
          }
        }
      }
    }
    this.customerOfPair = customerOfPairs;
    this.pairsByTeam = Rows.group(graph.teamCount(), Arrays.copyOf(teamOfPair, pairs));
  }

  static FinalCustomersReached of(OrgGraph graph) {
    return new FinalCustomersReached(graph);
  }

  private static int[] customersById(OrgGraph graph) {
    int first = graph.teamCount();
    Integer[] customers = new Integer[graph.customerCount()];
    Arrays.setAll(customers, i -> first + i);
    Arrays.sort(customers, (a, b) -> graph.nodeId(a).compareTo(graph.nodeId(b)));
    return Arrays.stream(customers).mapToInt(Integer::intValue).toArray();
  }

  int count(int team) {
    return pairsByTeam.size(team);
  }

  /** The k-th final customer (node number) reached by the team, in id order. */
  int get(int team, int k) {
    return customerOfPair[pairsByTeam.get(team, k)];
  }
}
