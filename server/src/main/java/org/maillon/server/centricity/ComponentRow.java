package org.maillon.server.centricity;

import java.util.List;
import java.util.Map;
import org.maillon.centricity.ComponentScore;

/**
 * One component of an index as the API and the pages show it, enough to recompute it by hand.
 *
 * @param component its key: distance, listening, satisfaction, freshness, requirements, procedures, levels
 * @param figures the raw figures it is computed from, by name (e.g. {@code hops}, {@code cap})
 * @param formula the formula, with the names of {@code figures}
 * @param computation the formula with the figures put in, and its result
 * @param value the normalised value, 0–1; null when the component has no data and is left out
 * @param weight the weight set for it
 * @param share weight / the sum of the weights of the components with data; 0 when left out
 * @param points 100 × share × value
 * @param lost 100 × share × (1 − value): what fixing it entirely would add
 */
public record ComponentRow(String component, Map<String, Object> figures, String formula, String computation,
    Double value, double weight, double share, double points, double lost) {

  /** The core's scores as rows, in their order. */
  static List<ComponentRow> of(List<ComponentScore> scores) {
    return scores.stream().map(s -> new ComponentRow(s.component().key(), s.figures(), s.formula(), s.computation(),
        s.value(), s.weight(), s.share(), s.points(), s.lost())).toList();
  }

  public boolean included() {
    return value != null;
  }
}
