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
import org.maillon.valuechain.FlowLayout;
import org.maillon.valuechain.NodeKind;
import org.maillon.valuechain.TeamFigures;

/**
 * The value chain laid out for drawing with the core's {@link FlowLayout}, as the pages lay it out:
 * one column per number of hops to the final customer, final customers at the right, partners at the
 * left, teams that reach no final customer apart. Large models keep only the {@value #MAX_NODES}
 * nodes closest to the final customers, so the drawing stays readable and its size bounded.
 */
record ValueChainGraph(List<Node> nodes, List<Edge> edges, List<Integer> columnHops, int totalNodes) {

  static final int MAX_NODES = 200;

  /**
   * A node at a column (left to right) and a row, in the layout's grid; {@code apart} nodes reach no
   * final customer and sit in rows below the columns. {@code columnHops} gives each column's hops to
   * the final customer, null for the partners'.
   */
  record Node(String id, String label, NodeKind kind, int column, int row, boolean apart) {}

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
    all.sort(Comparator.comparingInt(Placed::sortDistance).thenComparing(Placed::kind).thenComparing(Placed::id));
    List<Placed> kept = new ArrayList<>(all.subList(0, Math.min(MAX_NODES, all.size())));
    Set<String> ids = new HashSet<>();
    kept.forEach(node -> ids.add(node.id()));
    List<Edge> edges = new ArrayList<>();
    for (Link link : diagnosis.model().links()) {
      if (ids.contains(link.from()) && ids.contains(link.to())) {
        edges.add(new Edge(link.from(), link.to()));
      }
    }
    kept.sort(Comparator.comparing(Placed::id));
    return layout(kept, edges, all.size());
  }

  /** A node before layout; distance is the hops to a final customer, {@link FlowLayout#UNREACHABLE} when none. */
  private record Placed(String id, String label, NodeKind kind, int distance) {

    int sortDistance() {
      return distance == FlowLayout.UNREACHABLE ? Integer.MAX_VALUE : distance;
    }
  }

  private static List<Placed> placed(Diagnosis diagnosis) {
    List<Placed> nodes = new ArrayList<>();
    for (FinalCustomer customer : diagnosis.model().customers()) {
      nodes.add(new Placed(customer.id(), label(customer.id(), customer.name()), NodeKind.FINAL_CUSTOMER, 0));
    }
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamFigures team = diagnosis.team(rank);
      nodes.add(new Placed(team.id(), label(team.id(), team.name()), NodeKind.of(team.kind()),
          team.hopsToCustomer() == null ? FlowLayout.UNREACHABLE : team.hopsToCustomer()));
    }
    for (Partner partner : diagnosis.model().partners()) {
      nodes.add(new Placed(partner.id(), label(partner.id(), partner.name()), NodeKind.PARTNER,
          FlowLayout.UNREACHABLE));
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.putIfAbsent(nodes.get(i).id(), i);
    }
    List<Link> links = diagnosis.model().links().stream()
        .filter(l -> index.containsKey(l.from()) && index.containsKey(l.to())).toList();
    int[] distances = FlowLayout.distances(nodes.stream().mapToInt(Placed::distance).toArray(),
        partners(nodes), links.stream().mapToInt(l -> index.get(l.from())).toArray(),
        links.stream().mapToInt(l -> index.get(l.to())).toArray());
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Placed node = nodes.get(i);
      placed.add(new Placed(node.id(), node.label(), node.kind(), distances[i]));
    }
    return placed;
  }

  private static boolean[] partners(List<Placed> nodes) {
    boolean[] partner = new boolean[nodes.size()];
    for (int i = 0; i < partner.length; i++) {
      partner[i] = nodes.get(i).kind() == NodeKind.PARTNER;
    }
    return partner;
  }

  private static ValueChainGraph layout(List<Placed> kept, List<Edge> edges, int total) {
    FlowLayout layout = FlowLayout.of(kept.stream().mapToInt(Placed::distance).toArray(), partners(kept));
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Placed node = kept.get(i);
      nodes.add(new Node(node.id(), node.label(), node.kind(), layout.column(i), layout.row(i), layout.apart(i)));
    }
    List<Integer> columnHops = new ArrayList<>();
    for (int c = 0; c < layout.columns(); c++) {
      columnHops.add(layout.columnHops(c) == FlowLayout.PARTNERS ? null : layout.columnHops(c));
    }
    return new ValueChainGraph(nodes, edges, columnHops, total);
  }

  private static String label(String id, String name) {
    return name == null || name.isBlank() ? id : name;
  }
}
