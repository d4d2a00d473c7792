package org.maillon.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.graph.Depths;
import org.maillon.graph.IdOrder;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;

/**
 * The reporting lines analysed: each person's depth ({@link Depths}) and the organisation-wide
 * figures, O(people) in time and without recursion.
 */
public final class Hierarchy {

  private final OrgGraph graph;
  private final int[] depth;
  private final HierarchyFigures figures;

  private Hierarchy(OrgGraph graph, int targetSpan, int maxSpan) {
    this.graph = graph;
    this.depth = Depths.of(graph.personCount(), graph::managerOf, graph::personId);
    this.figures = figures(targetSpan, maxSpan);
  }

  /**
   * @param maxSpan the widest span a manager may lead before it is too wide
   * @throws IllegalArgumentException when reporting lines form a cycle (validation rejects it first)
   */
  public static Hierarchy of(OrgGraph graph, int targetSpan, int maxSpan) {
    return new Hierarchy(graph, targetSpan, maxSpan);
  }

  public HierarchyFigures figures() {
    return figures;
  }

  /** Number of reporting edges from the person up to its top. */
  public int depth(int person) {
    return depth[person];
  }

  private HierarchyFigures figures(int targetSpan, int maxSpan) {
    int n = graph.personCount();
    Rows reports = graph.reports();
    int maxDepth = -1;
    for (int d : depth) {
      maxDepth = Math.max(maxDepth, d);
    }
    int[] byLevel = new int[maxDepth + 1];
    for (int d : depth) {
      byLevel[d]++;
    }
    List<String> tops = new ArrayList<>();
    List<String> narrow = new ArrayList<>();
    List<String> passThrough = new ArrayList<>();
    List<String> wide = new ArrayList<>();
    int oneToOne = 0;
    int managers = 0;
    int officers = 0;
    for (int p = 0; p < n; p++) {
      int span = reports.size(p);
      if (graph.managerOf(p) == OrgGraph.NONE) {
        tops.add(graph.personId(p));
      }
      if (span == 0) {
        continue;
      }
      managers++;
      if (graph.managerOf(p) != OrgGraph.NONE) {
        officers++;
      }
      if (span <= 2) {
        narrow.add(graph.personId(p));
      }
      if (span == 1) {
        oneToOne++;
      }
      if (span > maxSpan) {
        wide.add(graph.personId(p));
      }
      if (span == 1 && reports.size(reports.get(p, 0)) > 0) {
        passThrough.add(graph.personId(p));
      }
    }
    int levelsBetween = Math.max(0, maxDepth - 1);
    int needed = levelsNeeded(n, targetSpan);
    return new HierarchyFigures(
        maxDepth + 1,
        levelsBetween,
        managers,
        n == 0 ? 0 : (double) managers / n,
        SpanStatistics.of(reports, n),
        IdOrder.sorted(narrow),
        IdOrder.sorted(passThrough),
        targetSpan,
        needed,
        Math.max(0, levelsBetween - needed),
        IdOrder.sorted(tops),
        Legion.CAESAR,
        officers,
        Arrays.stream(byLevel).boxed().toList(),
        IdOrder.sorted(wide),
        managers == 0 ? 0 : (double) oneToOne / managers,
        SpanLayers.of(reports, depth, maxDepth + 1),
        maxSpan,
        LayerCostSums.of(graph, depth, maxDepth + 1));
  }

  /** max(0, k − 1) for the smallest k ≥ 0 with span^k ≥ headcount. */
  static int levelsNeeded(int headcount, int targetSpan) {
    long reach = 1;
    int k = 0;
    while (reach < headcount) {
      reach *= targetSpan;
      k++;
    }
    return Math.max(0, k - 1);
  }
}
