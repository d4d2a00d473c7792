package org.maillon.hierarchy;

import java.util.List;

/**
 * The figures of hierarchical obesity as docs/design.md defines them. Lists of ids are sorted.
 * {@code officers} (managers who have a manager themselves) and {@code headcountByLevel} (people per
 * depth, index 0 the tops) feed reports and charts; they are not part of the diagnosis JSON.
 * {@code wideSpanManagers} lead more than {@code maxSpan} direct reports; {@code oneToOneShare} is
 * the share of managers with a single direct report; {@code spanByLayer} is the layers × spans
 * matrix, one row per layer that has a manager, the tops first. {@code costs} is null when no
 * person states a yearly cost.
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
    List<Integer> headcountByLevel,
    List<String> wideSpanManagers,
    double oneToOneShare,
    List<LayerSpans> spanByLayer,
    int maxSpan,
    LayerCosts costs) {

  public HierarchyFigures {
    wideSpanManagers = List.copyOf(wideSpanManagers);
    spanByLayer = List.copyOf(spanByLayer);
    narrowSpanManagers = List.copyOf(narrowSpanManagers);
    passThroughManagers = List.copyOf(passThroughManagers);
    tops = List.copyOf(tops);
    headcountByLevel = List.copyOf(headcountByLevel);
  }
}
