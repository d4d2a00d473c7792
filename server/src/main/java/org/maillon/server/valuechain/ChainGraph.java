package org.maillon.server.valuechain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.valuechain.FlowLayout;
import org.maillon.valuechain.NodeKind;

/**
 * The value chain as the {@code /value-chain} page draws it: a flow left to right by hops to the final
 * customer, placed by the core's {@link FlowLayout} (charts.js turns columns and rows into pixels).
 * A chain of more than {@link #DRAWN} nodes is drawn in groups, one per kind in each column, with
 * their counts, and the links between groups counted; the path from a searched node to its final
 * customers is then drawn node by node among the groups. Linear in nodes and links.
 *
 * @param columns the columns, left to right, with their headings
 * @param apartHeading the heading over the nodes set apart, or null when there are none
 * @param mainRows the height of the tallest column, in rows
 * @param rows the height of the whole drawing, in rows
 * @param nodes the drawn nodes and groups
 * @param links the links between them, supplier to customer
 * @param grouped whether some nodes are drawn as groups
 */
public record ChainGraph(List<Column> columns, String apartHeading, int mainRows, int rows, List<Node> nodes,
    List<Edge> links, boolean grouped) {

  /** The most nodes drawn one by one. */
  public static final int DRAWN = 150;

  /** How the words of the drawing are said in the reader's language. */
  public interface Words {

    /** A column's heading: the partners' ({@link FlowLayout#PARTNERS}), the final customers' (0) or hops. */
    String column(int hops);

    /** The heading of the nodes that reach no final customer. */
    String apart();

    /** The name of a group of this many nodes of a kind. */
    String group(NodeKind kind, int count);
  }

  /** A column and its heading. */
  public record Column(int hops, String heading) {}

  /**
   * A drawn node or group ({@code count} above 0) at its column and row; {@code path} marks the nodes
   * on the searched node's way to its final customers, {@code focus} the searched node.
   */
  public record Node(String id, String name, String kind, String colour, int column, int row, int hops,
      boolean apart, boolean team, int count, boolean focus, boolean path) {}

  /** A drawn link, from supplier ({@code source}) to customer ({@code target}), standing for {@code count} links. */
  public record Edge(String source, String target, int count) {}

  /** The drawing of the chain, the path of {@code focused} (or null) marked. */
  public static ChainGraph of(ChainFlow flow, ValueChainIndex index, String focused, Words words) {
    Set<String> path = flow.pathToCustomers(focused, DRAWN);
    Map<String, String> drawnAs = new HashMap<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    boolean grouped = flow.ids().size() > DRAWN;
    List<String> drawn = drawn(flow, grouped ? path.stream().sorted().toList() : flow.ids(), drawnAs, groups);
    int[] distances = new int[drawn.size()];
    boolean[] partner = new boolean[drawn.size()];
    for (int i = 0; i < drawn.size(); i++) {
      Group group = groups.get(drawn.get(i));
      distances[i] = group == null ? flow.distance(drawn.get(i)) : group.distance;
      partner[i] = (group == null ? flow.kind(drawn.get(i)) : group.kind) == NodeKind.PARTNER;
    }
    FlowLayout layout = FlowLayout.of(distances, partner);
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      String id = drawn.get(i);
      Group group = groups.get(id);
      NodeKind kind = group == null ? flow.kind(id) : group.kind;
      nodes.add(new Node(id, group == null ? index.label(id) : words.group(kind, group.count), kind.code(),
          kind.colour(), layout.column(i), layout.row(i), distances[i], layout.apart(i),
          group == null && index.isTeam(id), group == null ? 0 : group.count, id.equals(focused), path.contains(id)));
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < layout.columns(); c++) {
      columns.add(new Column(layout.columnHops(c), words.column(layout.columnHops(c))));
    }
    boolean apart = nodes.stream().anyMatch(Node::apart);
    return new ChainGraph(columns, apart ? words.apart() : null, layout.mainRows(), layout.rows(), nodes,
        links(flow, index, drawnAs), grouped);
  }

  /**
   * The nodes drawn one by one ({@code single}, in id order), then the groups of the others; fills
   * {@code drawnAs} (each node's drawn id: its own or its group's) and {@code groups}.
   */
  private static List<String> drawn(ChainFlow flow, List<String> single, Map<String, String> drawnAs,
      Map<String, Group> groups) {
    List<String> drawn = new ArrayList<>(single);
    drawn.forEach(id -> drawnAs.put(id, id));
    for (String id : flow.ids()) {
      if (!drawnAs.containsKey(id)) {
        String group = Group.id(flow, id);
        groups.computeIfAbsent(group, g -> new Group(flow.distance(id), flow.kind(id))).count++;
        drawnAs.put(id, group);
      }
    }
    drawn.addAll(groups.keySet());
    return drawn;
  }

  /** The nodes of one kind at one number of hops (or set apart) drawn as one. */
  private static final class Group {

    private final int distance;
    private final NodeKind kind;
    private int count;

    Group(int distance, NodeKind kind) {
      this.distance = distance;
      this.kind = kind;
    }

    static String id(ChainFlow flow, String node) {
      return "group:" + flow.distance(node) + ":" + flow.kind(node).code();
    }
  }

  /** Every link once between the nodes or groups its ends are drawn as, counted; none within a group. */
  private static List<Edge> links(ChainFlow flow, ValueChainIndex index, Map<String, String> drawnAs) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (String id : flow.ids()) {
      String from = drawnAs.get(id);
      for (String customer : index.customers(id)) {
        String to = drawnAs.get(customer);
        if (to != null && (!from.equals(to) || from.equals(id))) {
          counts.merge(List.of(from, to), 1, Integer::sum);
        }
      }
    }
    List<Edge> links = new ArrayList<>();
    counts.forEach((ends, count) -> links.add(new Edge(ends.get(0), ends.get(1), count)));
    return links;
  }
}
