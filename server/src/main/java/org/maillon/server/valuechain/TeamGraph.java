package org.maillon.server.valuechain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maillon.card.NodeRef;
import org.maillon.card.TeamCard;
import org.maillon.server.valuechain.ChainGraph.Edge;
import org.maillon.valuechain.NodeKind;

/**
 * A team card's neighbourhood as its page draws it, laid out in four columns: suppliers and partners,
 * the team, its customers, their customers; each column cut at {@link #DRAWN} nodes. Nodes carry the
 * colour of their kind ({@link NodeKind}), as every drawing of the chain.
 *
 * @param nodes the drawn nodes, placed
 * @param links supplier to team, team to customer, customer to its customers
 * @param rows the height of the tallest column, in nodes
 * @param cut whether a column was cut
 */
public record TeamGraph(List<Node> nodes, List<Edge> links, int rows, boolean cut) {

  /** Nodes drawn per column. */
  public static final int DRAWN = 60;

  private static final int COLUMN_WIDTH = 300;
  private static final double ROW_HEIGHT = 60.0;

  /**
   * A drawn node: {@code id} is its column and its {@code node}'s id (a node may stand in two columns),
   * {@code subject} marks the team of the card.
   */
  public record Node(String id, String node, String name, String kind, String colour, boolean team, int x, double y,
      boolean subject) {}

  public static TeamGraph of(TeamCard card, ValueChainIndex index) {
    List<String> suppliers = new ArrayList<>();
    card.supplierTeams().forEach(n -> suppliers.add(n.id()));
    card.partners().forEach(n -> suppliers.add(n.id()));
    List<String> customers = new ArrayList<>();
    card.customerTeams().forEach(n -> customers.add(n.id()));
    card.finalCustomers().forEach(n -> customers.add(n.id()));
    List<String> customersOfCustomers = card.customersOfCustomers().stream().map(NodeRef::id).toList();
    List<List<String>> columns = List.of(suppliers, List.of(card.id()), customers, customersOfCustomers);
    int rows = 1;
    for (List<String> column : columns) {
      rows = Math.max(rows, drawn(column).size());
    }
    List<Node> nodes = new ArrayList<>();
    boolean cut = false;
    for (int c = 0; c < columns.size(); c++) {
      List<String> shown = drawn(columns.get(c));
      cut |= shown.size() < columns.get(c).size();
      for (int r = 0; r < shown.size(); r++) {
        String id = shown.get(r);
        nodes.add(new Node(c + ":" + id, id, index.label(id), index.kind(id), NodeKind.ofCode(index.kind(id)).colour(),
            index.isTeam(id), c * COLUMN_WIDTH,
            (r + 0.5) * rows * ROW_HEIGHT / shown.size(), c == 1));
      }
    }
    return new TeamGraph(nodes, links(card.id(), suppliers, customers, customersOfCustomers, index), rows, cut);
  }

  private static List<Edge> links(String team, List<String> suppliers, List<String> customers,
      List<String> customersOfCustomers, ValueChainIndex index) {
    List<Edge> links = new ArrayList<>();
    for (String supplier : drawn(suppliers)) {
      links.add(new Edge("0:" + supplier, "1:" + team, 1));
    }
    Set<String> drawnOfCustomers = new HashSet<>(drawn(customersOfCustomers));
    for (String customer : new LinkedHashSet<>(drawn(customers))) {
      links.add(new Edge("1:" + team, "2:" + customer, 1));
      for (String next : index.customers(customer)) {
        if (drawnOfCustomers.contains(next)) {
          links.add(new Edge("2:" + customer, "3:" + next, 1));
        }
      }
    }
    return links;
  }

  private static List<String> drawn(List<String> column) {
    return column.subList(0, Math.min(column.size(), DRAWN));
  }
}
