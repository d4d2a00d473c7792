package org.maillon.bench;

import org.maillon.graph.OrgGraph;
import org.maillon.hierarchy.Hierarchy;
import org.maillon.model.Organization;
import org.maillon.parallel.Cores;
import org.maillon.parallel.Forked;
import org.maillon.valuechain.ValueChain;

/**
 * Maillon's side of the comparison: the parts of the diagnosis that compute the compared figures
 * (and more: every organisation-wide figure of the hierarchy and the value chain), from the model's
 * records, string ids and all. O(people + links).
 */
public final class MaillonFigures {

  /** What the timed part leaves, from which the figures are read untimed. */
  public record Computed(OrgGraph graph, Hierarchy hierarchy, ValueChain valueChain) {}

  private MaillonFigures() {}

  public static Computed compute(Organization organization) {
    return Cores.call(() -> figuresOf(OrgGraph.of(organization)));
  }

  /**
   * The figures alone, on a model already compiled into arrays: the algorithms, without reading ids;
   * the hierarchy and the value chain side by side, as the engine computes them.
   */
  public static Computed computeOn(OrgGraph graph) {
    return Cores.call(() -> figuresOf(graph));
  }

  private static Computed figuresOf(OrgGraph graph) {
    Forked<ValueChain> valueChain = Forked.start(() -> ValueChain.of(graph));
    Hierarchy hierarchy = Hierarchy.of(graph, graph.model().settings().targetSpan(),
        graph.model().settings().maxSpan());
    return new Computed(graph, hierarchy, valueChain.join());
  }

  /** Reads the compared figures out of a computation. O(people + teams). */
  public static Figures figures(Computed computed, GraphData data) {
    OrgGraph graph = computed.graph();
    int people = graph.personCount();
    int[] depth = new int[people];
    int[] span = new int[people];
    for (int p = 0; p < people; p++) {
      depth[p] = computed.hierarchy().depth(p);
      span[p] = graph.reports().size(p);
    }
    int[] teamHops = new int[graph.teamCount()];
    boolean[] reaches = new boolean[graph.teamCount()];
    for (int t = 0; t < teamHops.length; t++) {
      Integer hops = computed.valueChain().hops(t);
      teamHops[t] = hops == null ? Figures.UNREACHABLE : hops;
      reaches[t] = computed.valueChain().reachesFrontLine(t);
    }
    return new Figures(depth, computed.hierarchy().figures().layers(), span, teamHops,
        Figures.personHops(data, teamHops), reaches);
  }
}
