package org.maillon.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.maillon.centricity.Component;
import org.maillon.centricity.ComponentScore;
import org.maillon.centricity.IndexBreakdown;

/**
 * The customer-centricity index of two versions as the model alone determines it — distance,
 * requirements, procedures and levels, weights renormalised among them — since listening, voice and
 * cards are not kept with a version and a scenario cannot change them. A reorganisation is judged
 * on the index as well as on its figures; each component's value and points say which part moved
 * it, and the points add up to the index.
 *
 * @param index the whole organisation's, path {@code index}; null where no component has data
 * @param components each component with data in either version, in component order, its value
 *     (path {@code index.distance.value}, 0–1) then its points ({@code index.distance.points});
 *     null where a version leaves it out
 */
public record IndexChange(FigureChange index, List<FigureChange> components) {

  private static final String INDEX = "index";

  public IndexChange {
    components = List.copyOf(components);
  }

  /** Linear in the components. */
  static IndexChange between(IndexBreakdown before, IndexBreakdown after) {
    Map<Component, ComponentScore> older = scored(before);
    Map<Component, ComponentScore> newer = scored(after);
    List<FigureChange> components = new ArrayList<>();
    for (Component component : Component.values()) {
      ComponentScore was = older.get(component);
      ComponentScore is = newer.get(component);
      if (was != null || is != null) {
        components.add(new FigureChange(List.of(INDEX, component.key(), "value"),
            was == null ? null : was.value(), is == null ? null : is.value()));
        components.add(new FigureChange(List.of(INDEX, component.key(), "points"),
            was == null ? null : (Double) was.points(), is == null ? null : (Double) is.points()));
      }
    }
    return new IndexChange(new FigureChange(List.of(INDEX), before.index(), after.index()), components);
  }

  /** The whole index, then each component's value and points: what a report lists. */
  public List<FigureChange> all() {
    List<FigureChange> all = new ArrayList<>();
    all.add(index);
    all.addAll(components);
    return all;
  }

  /** The components with data; those left out have no value nor points to compare. */
  private static Map<Component, ComponentScore> scored(IndexBreakdown breakdown) {
    Map<Component, ComponentScore> scored = new EnumMap<>(Component.class);
    breakdown.components().stream().filter(c -> c.value() != null).forEach(c -> scored.put(c.component(), c));
    return scored;
  }
}
