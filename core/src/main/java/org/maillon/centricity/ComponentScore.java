package org.maillon.centricity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One component of an index as scored, with enough to recompute it by hand: the raw figures, the
 * formula in their names and the formula with them put in.
 *
 * @param component which one
 * @param figures the raw figures it is computed from, by name (e.g. {@code hops}, {@code cap}), in
 *     the order the formula reads them; a figure may be null (no data)
 * @param formula the formula, with the names of {@code figures}
 * @param computation the formula with the figures put in, and its result; null when left out
 * @param value the normalised value, 0–1; null when the component has no data and is left out
 * @param weight the weight set for it
 * @param share weight / the sum of the weights of the components with data; 0 when left out
 * @param points 100 × share × value
 * @param lost 100 × share × (1 − value): what fixing it entirely would add
 */
public record ComponentScore(Component component, Map<String, Object> figures, String formula, String computation,
    Double value, double weight, double share, double points, double lost) {

  public ComponentScore {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }
}
