package org.maillon.diff;

import java.util.List;

/**
 * One figure of the summary diagnosis in two versions. {@code path} names it as the diagnosis JSON
 * nests it ({@code hierarchy}, {@code layers}); a list of ids counts as its length. Null where a
 * version has no such figure, as a hop count no team has.
 */
public record FigureChange(List<String> path, Number before, Number after) {

  public FigureChange {
    path = List.copyOf(path);
  }

  /** Whether the figure moved: compared as numbers, so 5 and 5.0 are the same figure. */
  public boolean moved() {
    if (before == null || after == null) {
      return before != after;
    }
    return Double.compare(before.doubleValue(), after.doubleValue()) != 0;
  }

  /** The path as one dotted name, {@code hierarchy.span.max}. */
  public String name() {
    return String.join(".", path);
  }
}
