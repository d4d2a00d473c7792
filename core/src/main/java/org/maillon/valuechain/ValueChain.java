package org.maillon.valuechain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillon.graph.IdOrder;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;
import org.maillon.model.TeamKind;

/**
 * The value chain analysed: distances to the final customer and reachability of the front line for
 * every node in O(nodes + links), organisation-wide figures, and each team's and person's place,
 * assembled on demand. The final customers reached by each team are computed on first use.
 */
public final class ValueChain {

  private final OrgGraph graph;
  private final int[] hops;
  private final boolean[] reachesFrontLine;
  private final ValueChainFigures figures;
  private FinalCustomersReached finalCustomers;

  private ValueChain(OrgGraph graph) {
    this.graph = graph;
    this.hops = Reachability.hopsToFinalCustomer(graph);
    this.reachesFrontLine = Reachability.reachesFrontLine(graph);
    this.figures = computeFigures();
  }

  public static ValueChain of(OrgGraph graph) {
    return new ValueChain(graph);
  }

  public ValueChainFigures figures() {
    return figures;
  }

  /** Hops from the node to the nearest final customer, or null when none can be reached. */
  public Integer hops(int node) {
    return hops[node] == Reachability.UNREACHABLE ? null : hops[node];
  }

  public boolean reachesFrontLine(int node) {
    return reachesFrontLine[node];
  }

  /** A person's hops: their team's, or null without a team. */
  public Integer personHops(int person) {
    int team = graph.teamOf(person);
    return team == OrgGraph.NONE ? null : hops(team);
  }

  /**
   * The path of node ids from the node to a final customer, taking at each step the smallest id
   * among the next nodes one hop closer; empty when no final customer can be reached.
   */
  public List<String> chain(int node) {
    if (node == OrgGraph.NONE || hops[node] == Reachability.UNREACHABLE) {
      return List.of();
    }
    List<String> chain = new ArrayList<>(hops[node] + 1);
    int current = node;
    chain.add(graph.nodeId(current));
    while (hops[current] > 0) {
      current = nextCloser(current);
      chain.add(graph.nodeId(current));
    }
    return chain;
  }

  private int nextCloser(int node) {
    Rows out = graph.outLinks();
    int best = OrgGraph.NONE;
    for (int k = 0; k < out.size(node); k++) {
      int next = graph.linkTo(out.get(node, k));
      if (hops[next] == hops[node] - 1 && (best == OrgGraph.NONE || graph.nodeId(next).compareTo(graph.nodeId(best)) < 0)) {
        best = next;
      }
    }
    return best;
  }

  /** The team's place in the value chain, as the diagnosis JSON gives it. */
  public TeamFigures team(int team) {
    return TeamFiguresAssembly.of(graph, this, team);
  }

  /**
   * The team's expectations no commitment covers, as {@link #team} gives them, without assembling
   * the rest of its figures (its members above all): what the organisation's index reads of each team.
   */
  public List<UncoveredExpectation> uncoveredExpectations(int team) {
    return TeamFiguresAssembly.uncoveredExpectations(graph, team);
  }

  /** The final customers the team reaches, sorted by id. */
  public List<String> finalCustomers(int team) {
    FinalCustomersReached finalCustomers = reached();
    List<String> ids = new ArrayList<>(finalCustomers.count(team));
    for (int k = 0; k < finalCustomers.count(team); k++) {
      ids.add(graph.nodeId(finalCustomers.get(team, k)));
    }
    return List.copyOf(ids);
  }

  /**
   * The revenue of the final customers the team reaches and its share at each distance, in time
   * linear in those customers; null when none of them states a revenue.
   */
  public RevenueReach revenueReached(int team) {
    FinalCustomersReached reached = reached();
    Map<Integer, Double> byHops = new TreeMap<>();
    int customers = 0;
    double revenue = 0;
    for (int k = 0; k < reached.count(team); k++) {
      Double amount = graph.model().customers().get(reached.get(team, k) - graph.teamCount()).revenue();
      if (amount != null) {
        customers++;
        revenue += amount;
        byHops.merge(reached.hops(team, k), amount, Double::sum);
      }
    }
    if (customers == 0) {
      return null;
    }
    double total = revenue;
    byHops.replaceAll((hops, amount) -> total == 0 ? 0.0 : amount / total);
    return new RevenueReach(customers, revenue, byHops);
  }

  private FinalCustomersReached reached() {
    if (finalCustomers == null) {
      finalCustomers = FinalCustomersReached.of(graph);
    }
    return finalCustomers;
  }

  private ValueChainFigures computeFigures() {
    int[] kinds = new int[TeamKind.values().length];
    List<String> disconnected = new ArrayList<>();
    List<String> withoutCustomer = new ArrayList<>();
    List<String> supportAside = new ArrayList<>();
    List<String> frontLineAside = new ArrayList<>();
    for (int team = 0; team < graph.teamCount(); team++) {
      TeamKind kind = graph.kind(team);
      kinds[kind.ordinal()]++;
      String id = graph.nodeId(team);
      if (hops[team] == Reachability.UNREACHABLE) {
        disconnected.add(id);
      }
      if (graph.outLinks().size(team) == 0) {
        withoutCustomer.add(id);
      }
      if (kind == TeamKind.SUPPORT && !reachesFrontLine[team]) {
        supportAside.add(id);
      }
      if (kind == TeamKind.FRONT_LINE && !servesFinalCustomer(team)) {
        frontLineAside.add(id);
      }
    }
    return new ValueChainFigures(
        graph.teamCount(),
        kinds[TeamKind.FRONT_LINE.ordinal()],
        kinds[TeamKind.CORE.ordinal()],
        kinds[TeamKind.SUPPORT.ordinal()],
        graph.customerCount(),
        graph.linkCount(),
        IdOrder.sorted(disconnected),
        IdOrder.sorted(withoutCustomer),
        IdOrder.sorted(supportAside),
        inversions(),
        IdOrder.sorted(frontLineAside),
        hopsDistribution());
  }

  private boolean servesFinalCustomer(int team) {
    Rows out = graph.outLinks();
    for (int k = 0; k < out.size(team); k++) {
      if (graph.isFinalCustomer(graph.linkTo(out.get(team, k)))) {
        return true;
      }
    }
    return false;
  }

  private List<LinkEnds> inversions() {
    List<LinkEnds> inversions = new ArrayList<>();
    for (int link = 0; link < graph.linkCount(); link++) {
      int from = graph.linkFrom(link);
      int to = graph.linkTo(link);
      if (graph.isTeam(from) && graph.isTeam(to)
          && graph.kind(from) == TeamKind.FRONT_LINE && graph.kind(to) == TeamKind.SUPPORT) {
        inversions.add(new LinkEnds(graph.nodeId(from), graph.nodeId(to)));
      }
    }
    inversions.sort(Comparator.comparing(LinkEnds::from).thenComparing(LinkEnds::to));
    return List.copyOf(inversions);
  }

  private Map<String, Integer> hopsDistribution() {
    int[] people = new int[graph.nodeCount() + 1];
    int unreachable = 0;
    for (int p = 0; p < graph.personCount(); p++) {
      Integer h = personHops(p);
      if (h == null) {
        unreachable++;
      } else {
        people[h]++;
      }
    }
    Map<String, Integer> distribution = new LinkedHashMap<>();
    for (int h = 0; h < people.length; h++) {
      if (people[h] > 0) {
        distribution.put(Integer.toString(h), people[h]);
      }
    }
    if (unreachable > 0) {
      distribution.put(ValueChainFigures.UNREACHABLE, unreachable);
    }
    return distribution;
  }
}
