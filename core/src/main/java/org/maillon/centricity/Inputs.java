package org.maillon.centricity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Subject;

/**
 * The components of one index as they are gathered — each with its raw figures, formula and
 * computation — and the costs found along the way; then scored by {@link CentricityIndex} in one
 * pass, in O(components + costs × log costs).
 */
final class Inputs {

  /** One component gathered. */
  private record Input(Component component, Double value, Map<String, Object> figures, String formula,
      String computation) {}

  private final Map<Component, Input> inputs = new EnumMap<>(Component.class);
  private final List<Cost> costs = new ArrayList<>();

  void add(Component component, Double value, String formula, String computation, Object... figures) {
    Map<String, Object> named = new LinkedHashMap<>();
    for (int i = 0; i + 1 < figures.length; i += 2) {
      named.put((String) figures[i], figures[i + 1]);
    }
    inputs.put(component, new Input(component, value, named, formula, value == null ? null : computation));
  }

  /** Adds a raw figure to a component already gathered. */
  void figure(Component component, String name, Object value) {
    inputs.get(component).figures().put(name, value);
  }

  void cost(String code, Subject subject, Component component, double fixedValue) {
    costs.add(new Cost(code, subject, component, Math.max(0, Math.min(1, fixedValue))));
  }

  /** The index of what was gathered, with at most {@code gainsLimit} gains, the largest. */
  IndexBreakdown score(Weights weights, int gainsLimit) {
    Map<Component, Double> values = new EnumMap<>(Component.class);
    inputs.forEach((component, input) -> values.put(component, input.value()));
    Score score = CentricityIndex.score(values, weights, costs);
    List<ComponentScore> components = new ArrayList<>();
    for (Part part : score.parts()) {
      Input input = inputs.get(part.component());
      components.add(new ComponentScore(part.component(), input.figures(), input.formula(), input.computation(),
          part.value(), part.weight(), part.share(), part.points(), part.lost()));
    }
    List<Gain> gains = score.gains().subList(0, Math.min(gainsLimit, score.gains().size()));
    return new IndexBreakdown(score.index(), components, score.leftOut(), gains);
  }

  /** A number as the computations write it: at most three decimals, no trailing zero. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
