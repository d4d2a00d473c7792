package org.maillon.hierarchy;

import java.util.Arrays;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;

/** Sums the stated yearly costs by depth and over the managers, in one pass over the people. */
final class LayerCostSums {

  private LayerCostSums() {}

  /** Null when nobody states a cost. */
  static LayerCosts of(OrgGraph graph, int[] depth, int layers) {
    Rows reports = graph.reports();
    double[] byLayer = new double[layers];
    int people = 0;
    double management = 0;
    for (int p = 0; p < depth.length; p++) {
      Double cost = graph.person(p).cost();
      if (cost == null) {
        continue;
      }
      people++;
      byLayer[depth[p]] += cost;
      if (reports.size(p) > 0) {
        management += cost;
      }
    }
    if (people == 0) {
      return null;
    }
    double total = Arrays.stream(byLayer).sum();
    return new LayerCosts(people, total, Arrays.stream(byLayer).boxed().toList(), management,
        total == 0 ? 0 : management / total);
  }
}
