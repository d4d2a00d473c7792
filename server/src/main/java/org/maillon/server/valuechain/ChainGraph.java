package org.maillon.server.valuechain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.FinalCustomer;

/**
 * The value chain as the {@code /value-chain} page draws it (charts.js lays it out by force). A chain of
 * more than {@link #DRAWN} nodes is cut: around what was searched for, or else from the final customers
 * back along the links, the nodes closest to the customer first, so the drawing stays readable.
 *
 * @param categories the kinds of node, in {@link ValueChainIndex#KINDS} order, with their names
 * @param nodes the drawn nodes
 * @param links the links between drawn nodes, supplier to customer
 */
public record ChainGraph(List<Category> categories, List<Node> nodes, List<Edge> links) {

  /** The most nodes drawn at once. */
  public static final int DRAWN = 300;

  /** A kind of node and its name in the reader's language. */
  public record Category(String kind, String name) {}

  /** A drawn node; {@code category} is its kind's index in the categories, {@code degree} its number of links. */
  public record Node(String id, String name, String kind, int category, boolean team, int degree, boolean focus) {}

  /** A drawn link, from supplier ({@code source}) to customer ({@code target}). */
  public record Edge(String source, String target) {}

  /** The graph of the nodes to draw, the focused one (or null) marked, kinds named by {@code kindName}. */
  public static ChainGraph of(ValueChainIndex index, Set<String> shown, String focused,
      Function<String, String> kindName) {
    List<Category> categories = ValueChainIndex.KINDS.stream().map(kind -> new Category(kind, kindName.apply(kind)))
        .toList();
    List<Node> nodes = new ArrayList<>();
    List<Edge> links = new ArrayList<>();
    for (String id : shown) {
      nodes.add(new Node(id, index.label(id), index.kind(id), ValueChainIndex.KINDS.indexOf(index.kind(id)),
          index.isTeam(id), index.customers(id).size() + index.suppliers(id).size(), id.equals(focused)));
      for (String customer : index.customers(id)) {
        if (shown.contains(customer)) {
          links.add(new Edge(id, customer));
        }
      }
    }
    return new ChainGraph(categories, nodes, links);
  }

  /**
   * The nodes to draw: all when they are at most {@link #DRAWN}; else those nearest the focused node
   * (when there is one), else those closest to the final customers.
   */
  public static Set<String> shown(Diagnosis diagnosis, ValueChainIndex index, String focused) {
    if (index.nodeCount() <= DRAWN) {
      return new LinkedHashSet<>(index.ids());
    }
    return focused != null ? around(index, focused) : closestToCustomers(diagnosis, index);
  }

  /** The nodes nearest the one searched for, in both directions, breadth first. */
  static Set<String> around(ValueChainIndex index, String focus) {
    return breadthFirst(List.of(focus), node -> {
      List<String> next = new ArrayList<>(index.customers(node));
      next.addAll(index.suppliers(node));
      return next;
    });
  }

  /** The final customers, then their suppliers, theirs, and so on. */
  static Set<String> closestToCustomers(Diagnosis diagnosis, ValueChainIndex index) {
    Set<String> seen = new LinkedHashSet<>();
    for (FinalCustomer customer : diagnosis.model().customers()) {
      if (seen.size() < DRAWN) {
        seen.add(customer.id());
      }
    }
    return breadthFirst(seen, index::suppliers);
  }

  /** The start, then the neighbours of each node reached, in the order reached, until {@link #DRAWN} nodes. */
  private static Set<String> breadthFirst(Collection<String> start, Function<String, List<String>> neighbours) {
    Set<String> seen = new LinkedHashSet<>(start);
    ArrayDeque<String> queue = new ArrayDeque<>(start);
    while (!queue.isEmpty() && seen.size() < DRAWN) {
      for (String other : neighbours.apply(queue.poll())) {
        if (seen.size() < DRAWN && seen.add(other)) {
          queue.add(other);
        }
      }
    }
    return seen;
  }
}
