package org.maillon.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The figures as a JGraphT user would compute them: {@link DefaultDirectedGraph}s built from the
 * arrays, and breadth-first searches from a virtual root (depths) or a virtual sink on the
 * reversed value chain (hops to the final customer, reach of the front line). Graph building is
 * part of the time, as it is for Maillon. O(people + links), with a boxed vertex per node.
 */
public final class JGraphTFigures {

  private JGraphTFigures() {}

  public static Figures compute(GraphData data) {
    int people = data.personCount();
    int root = people;
    Graph<Integer, DefaultEdge> reporting = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int p = 0; p <= people; p++) {
      reporting.addVertex(p);
    }
    for (int p = 0; p < people; p++) {
      reporting.addEdge(data.manager()[p] < 0 ? root : data.manager()[p], p);
    }
    int[] depth = new int[people];
    int[] span = new int[people];
    int maxDepth = -1;
    BreadthFirstIterator<Integer, DefaultEdge> search = new BreadthFirstIterator<>(reporting, root);
    while (search.hasNext()) {
      int p = search.next();
      if (p != root) {
        depth[p] = search.getDepth(p) - 1;
        maxDepth = Math.max(maxDepth, depth[p]);
      }
    }
    for (int p = 0; p < people; p++) {
      span[p] = reporting.outDegreeOf(p);
    }
    int[] teamHops = teamHops(data);
    return new Figures(depth, maxDepth + 1, span, teamHops, Figures.personHops(data, teamHops), reachesFrontLine(data));
  }

  /** The value chain with one more vertex, {@code sink}, that the given nodes all link to. */
  private static Graph<Integer, DefaultEdge> valueChain(GraphData data, int sink, boolean[] intoSink) {
    Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int node = 0; node <= sink; node++) {
      graph.addVertex(node);
    }
    for (int l = 0; l < data.linkFrom().length; l++) {
      graph.addEdge(data.linkFrom()[l], data.linkTo()[l]);
    }
    for (int node = 0; node < sink; node++) {
      if (intoSink[node]) {
        graph.addEdge(node, sink);
      }
    }
    return graph;
  }

  private static int[] teamHops(GraphData data) {
    int sink = data.nodeCount();
    boolean[] customers = new boolean[sink];
    for (int node = 0; node < sink; node++) {
      customers[node] = data.isFinalCustomer(node);
    }
    BreadthFirstIterator<Integer, DefaultEdge> search =
        new BreadthFirstIterator<>(new EdgeReversedGraph<>(valueChain(data, sink, customers)), sink);
    int[] hops = new int[data.teamCount()];
    Arrays.fill(hops, Figures.UNREACHABLE);
    while (search.hasNext()) {
      int node = search.next();
      if (node < data.teamCount()) {
        hops[node] = search.getDepth(node) - 1;
      }
    }
    return hops;
  }

  private static boolean[] reachesFrontLine(GraphData data) {
    int sink = data.nodeCount();
    boolean[] ends = new boolean[sink];
    for (int node = 0; node < sink; node++) {
      ends[node] = data.frontLine()[node] || data.isFinalCustomer(node);
    }
    Graph<Integer, DefaultEdge> graph = valueChain(data, sink, ends);
    Set<Integer> leadToEnd = new HashSet<>();
    new BreadthFirstIterator<>(new EdgeReversedGraph<>(graph), sink).forEachRemaining(leadToEnd::add);
    boolean[] reaches = new boolean[data.teamCount()];
    for (int team = 0; team < reaches.length; team++) {
      for (int next : Graphs.successorListOf(graph, team)) {
        reaches[team] |= next != sink && leadToEnd.contains(next);
      }
    }
    return reaches;
  }
}
