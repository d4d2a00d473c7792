package org.maillon.valuechain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.maillon.graph.IdOrder;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;
import org.maillon.model.Link;
import org.maillon.model.Team;

/** Assembles one team's figures from the analysed value chain, in time linear in its neighbourhood. */
final class TeamFiguresAssembly {

  private TeamFiguresAssembly() {}

  static TeamFigures of(OrgGraph graph, ValueChain chain, int team) {
    Team model = graph.model().teams().get(team);
    return new TeamFigures(
        model.id(),
        model.name(),
        model.kind(),
        members(graph, team),
        chain.hops(team),
        ends(graph, graph.inLinks(), team, true),
        ends(graph, graph.outLinks(), team, false),
        customersOfCustomers(graph, team),
        chain.finalCustomers(team),
        chain.reachesFrontLine(team),
        uncoveredExpectations(graph, team),
        unaskedCommitments(graph, team),
        chain.revenueReached(team));
  }

  private static List<String> members(OrgGraph graph, int team) {
    Rows members = graph.members();
    List<String> ids = new ArrayList<>(members.size(team));
    for (int k = 0; k < members.size(team); k++) {
      ids.add(graph.personId(members.get(team, k)));
    }
    return IdOrder.sorted(ids);
  }

  private static List<String> ends(OrgGraph graph, Rows links, int node, boolean sources) {
    List<String> ids = new ArrayList<>(links.size(node));
    for (int k = 0; k < links.size(node); k++) {
      int link = links.get(node, k);
      ids.add(graph.nodeId(sources ? graph.linkFrom(link) : graph.linkTo(link)));
    }
    return IdOrder.sorted(ids);
  }

  private static List<String> customersOfCustomers(OrgGraph graph, int team) {
    Set<String> ids = new TreeSet<>();
    Rows out = graph.outLinks();
    for (int k = 0; k < out.size(team); k++) {
      int customer = graph.linkTo(out.get(team, k));
      if (!graph.isTeam(customer)) {
        continue;
      }
      for (int j = 0; j < out.size(customer); j++) {
        int next = graph.linkTo(out.get(customer, j));
        if (next != team) {
          ids.add(graph.nodeId(next));
        }
      }
    }
    return List.copyOf(ids);
  }

  static List<UncoveredExpectation> uncoveredExpectations(OrgGraph graph, int team) {
    List<UncoveredExpectation> uncovered = new ArrayList<>();
    Rows out = graph.outLinks();
    for (int k = 0; k < out.size(team); k++) {
      Link link = graph.link(out.get(team, k));
      Agreements.uncovered(link).forEach(e -> uncovered.add(new UncoveredExpectation(link.to(), e.id())));
    }
    uncovered.sort(Comparator.comparing(UncoveredExpectation::link).thenComparing(UncoveredExpectation::expectation));
    return List.copyOf(uncovered);
  }

  private static List<UnaskedCommitment> unaskedCommitments(OrgGraph graph, int team) {
    List<UnaskedCommitment> unasked = new ArrayList<>();
    Rows out = graph.outLinks();
    for (int k = 0; k < out.size(team); k++) {
      Link link = graph.link(out.get(team, k));
      Agreements.unasked(link).forEach(c -> unasked.add(new UnaskedCommitment(link.to(), c.text())));
    }
    unasked.sort(Comparator.comparing(UnaskedCommitment::link)
        .thenComparing(UnaskedCommitment::text, Comparator.nullsFirst(Comparator.naturalOrder())));
    return List.copyOf(unasked);
  }
}
