package org.maillon.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Partner;
import org.maillon.valuechain.TeamFigures;

/**
 * The value chain laid out for drawing: one column per number of hops to the final customer, final
 * customers at the right, partners at the left, teams that reach no final customer apart. Large
 * models keep only the {@value #MAX_NODES} nodes closest to the final customers, so the drawing
 * stays readable and its size bounded.
 */
record ValueChainGraph(List<Node> nodes, List<Edge> edges, List<Integer> columnHops, int totalNodes) {

  static final int MAX_NODES = 200;

  enum Kind { FINAL_CUSTOMER, FRONT_LINE, CORE, SUPPORT, PARTNER }

  /**
   * A node at a column (left to right) and a row; {@code apart} nodes reach no final customer.
   * {@code columnHops} gives each column's hops to the final customer, null for the partners'.
   */
  record Node(String id, String label, Kind kind, int column, int row, boolean apart) {}

  record Edge(String from, String to) {}

  /** Number of columns, left to right. */
  int columns() {
    return columnHops.size();
  }

  boolean truncated() {
    return nodes.size() < totalNodes;
  }

  static ValueChainGraph of(Diagnosis diagnosis) {
    List<Placed> all = placed(diagnosis);
    all.sort(Comparator.comparingInt(Placed::distance).thenComparing(Placed::kind).thenComparing(Placed::id));
    List<Placed> kept = all.subList(0, Math.min(MAX_NODES, all.size()));
    Set<String> ids = new HashSet<>();
    kept.forEach(node -> ids.add(node.id()));
    List<Edge> edges = new ArrayList<>();
    for (Link link : diagnosis.model().links()) {
      if (ids.contains(link.from()) && ids.contains(link.to())) {
        edges.add(new Edge(link.from(), link.to()));
      }
    }
    return layout(kept, edges, all.size());
  }

  /** A node before layout; distance is the hops to a final customer, MAX_VALUE when none. */
  private record Placed(String id, String label, Kind kind, int distance) {

    boolean apart() {
      return distance == Integer.MAX_VALUE;
    }
  }

  private static List<Placed> placed(Diagnosis diagnosis) {
    List<Placed> nodes = new ArrayList<>();
    Map<String, Integer> teamHops = new HashMap<>();
    for (FinalCustomer customer : diagnosis.model().customers()) {
      nodes.add(new Placed(customer.id(), label(customer.id(), customer.name()), Kind.FINAL_CUSTOMER, 0));
    }
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamFigures team = diagnosis.team(rank);
      int hops = team.hopsToCustomer() == null ? Integer.MAX_VALUE : team.hopsToCustomer();
      teamHops.put(team.id(), hops);
      nodes.add(new Placed(team.id(), label(team.id(), team.name()), kind(team), hops));
    }
    Map<String, Integer> partnerHops = new HashMap<>();
    for (Link link : diagnosis.model().links()) {
      int hops = teamHops.getOrDefault(link.to(), Integer.MAX_VALUE);
      partnerHops.merge(link.from(), hops == Integer.MAX_VALUE ? hops : hops + 1, Math::min);
    }
    for (Partner partner : diagnosis.model().partners()) {
      nodes.add(new Placed(partner.id(), label(partner.id(), partner.name()), Kind.PARTNER,
          partnerHops.getOrDefault(partner.id(), Integer.MAX_VALUE)));
    }
    return nodes;
  }

  private static ValueChainGraph layout(List<Placed> kept, List<Edge> edges, int total) {
    int maxTeamHops = kept.stream().filter(n -> n.kind() != Kind.PARTNER && !n.apart())
        .mapToInt(Placed::distance).max().orElse(0);
    boolean partners = kept.stream().anyMatch(n -> n.kind() == Kind.PARTNER);
    int offset = partners ? 1 : 0;
    Map<Integer, Integer> rowsPerColumn = new HashMap<>();
    List<Node> nodes = new ArrayList<>();
    for (Placed node : kept.stream().sorted(Comparator.comparing(Placed::id)).toList()) {
      int column = node.apart() ? -1
          : node.kind() == Kind.PARTNER ? 0
          : offset + maxTeamHops - node.distance();
      int row = rowsPerColumn.merge(column, 1, Integer::sum) - 1;
      nodes.add(new Node(node.id(), node.label(), node.kind(), column, row, node.apart()));
    }
    List<Integer> columnHops = new ArrayList<>();
    if (partners) {
      columnHops.add(null);
    }
    for (int hops = maxTeamHops; hops >= 0; hops--) {
      columnHops.add(hops);
    }
    return new ValueChainGraph(nodes, edges, columnHops, total);
  }

  private static Kind kind(TeamFigures team) {
    return switch (team.kind()) {
      case FRONT_LINE -> Kind.FRONT_LINE;
      case CORE -> Kind.CORE;
      case SUPPORT -> Kind.SUPPORT;
    };
  }

  private static String label(String id, String name) {
    return name == null || name.isBlank() ? id : name;
  }
}
