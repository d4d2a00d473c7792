package org.maillon.hierarchy;

import java.util.List;

/**
 * The figures of hierarchical obesity as docs/design.md defines them. Lists of ids are sorted.
 * {@code officers} (managers who have a manager themselves) and {@code headcountByLevel} (people per
 * depth, index 0 the tops) feed reports and charts; they are not part of the diagnosis JSON.
 */
public record HierarchyFigures(
    int layers,
    int levelsBetweenTopAndBase,
    int managers,
    double managerRatio,
    SpanStats span,
    List<String> narrowSpanManagers,
    List<String> passThroughManagers,
    int targetSpan,
    int levelsNeeded,
    int excessLevels,
    List<String> tops,
    Legion legion,
    int officers,
    List<Integer> headcountByLevel) {

  public HierarchyFigures {
    narrowSpanManagers = List.copyOf(narrowSpanManagers);
    passThroughManagers = List.copyOf(passThroughManagers);
    tops = List.copyOf(tops);
    headcountByLevel = List.copyOf(headcountByLevel);
  }
}
