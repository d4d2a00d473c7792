package org.maillon.valuechain;

import java.util.Arrays;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;

/**
 * For every team, the final customers its work reaches, in id order, each with its distance in
 * links. One backward search per final customer: O(final customers × (nodes + links)), and memory
 * proportional to the answer.
 */
final class FinalCustomersReached {

  private final Rows pairsByTeam;
  private int[] teamOfPair = new int[16];
  private int[] customerOfPair = new int[16];
  private int[] hopsOfPair = new int[16];
  private int pairs;

  private FinalCustomersReached(OrgGraph graph) {
    int[] stamp = new int[graph.nodeCount()];
    int[] queue = new int[graph.nodeCount()];
    int[] hops = new int[graph.nodeCount()];
    for (int customer : customersById(graph)) {
      int round = customer + 1;
      stamp[customer] = round;
      queue[0] = customer;
      hops[customer] = 0;
      Reachability.searchBackwards(graph, queue, 1, (supplier, via) -> {
        if (stamp[supplier] == round) {
          return false;
        }
        stamp[supplier] = round;
        hops[supplier] = hops[via] + 1;
        if (graph.isTeam(supplier)) {
          addPair(supplier, customer, hops[supplier]);
        }
        return true;
      });
    }
    this.pairsByTeam = Rows.group(graph.teamCount(), Arrays.copyOf(teamOfPair, pairs));
  }

  private void addPair(int team, int customer, int hops) {
    if (pairs == teamOfPair.length) {
      teamOfPair = Arrays.copyOf(teamOfPair, pairs * 2);
      customerOfPair = Arrays.copyOf(customerOfPair, pairs * 2);
      hopsOfPair = Arrays.copyOf(hopsOfPair, pairs * 2);
    }
    teamOfPair[pairs] = team;
    hopsOfPair[pairs] = hops;
    customerOfPair[pairs++] = customer;
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

  /** The fewest links from the team to its k-th final customer. */
  int hops(int team, int k) {
    return hopsOfPair[pairsByTeam.get(team, k)];
  }
}
