package org.maillon.server.centricity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.centricity.CentricityIndex;
import org.maillon.centricity.Component;
import org.maillon.centricity.Cost;
import org.maillon.centricity.Gain;
import org.maillon.centricity.Part;
import org.maillon.centricity.Score;
import org.maillon.centricity.Weights;
import org.maillon.diagnosis.Subject;

/**
 * The components of one index as they are gathered — each with its raw figures, formula and
 * computation — and the costs found along the way; then scored by the core in one pass.
 */
final class Inputs {

  /** One component gathered. */
  record Input(Component component, Double value, Map<String, Object> figures, String formula, String computation) {}

  /** An index scored: the rows in the core's order, the components left out, the gains. */
  record Scored(Double index, List<ComponentRow> rows, List<String> leftOut, List<GainRow> gains) {}

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

  Double value(Component component) {
    Input input = inputs.get(component);
    return input == null ? null : input.value();
  }

  void cost(String code, Subject subject, Component component, double fixedValue) {
    costs.add(new Cost(code, subject, component, Math.max(0, Math.min(1, fixedValue))));
  }

  Scored score(Weights weights, int gainsLimit) {
    Map<Component, Double> values = new EnumMap<>(Component.class);
    inputs.forEach((component, input) -> values.put(component, input.value()));
    Score score = CentricityIndex.score(values, weights, costs);
    List<ComponentRow> rows = new ArrayList<>();
    for (Part part : score.parts()) {
      Input input = inputs.get(part.component());
      rows.add(new ComponentRow(part.component().key(), input.figures(), input.formula(), input.computation(),
          part.value(), part.weight(), part.share(), part.points(), part.lost()));
    }
    List<GainRow> gains = new ArrayList<>();
    for (Gain gain : score.gains()) {
      if (gains.size() == gainsLimit) {
        break;
      }
      gains.add(new GainRow(gain.code(), gain.subject(), gain.component().key(), gain.gain()));
    }
    return new Scored(score.index(), rows, score.leftOut().stream().map(Component::key).toList(), gains);
  }

  /** A number as the computations write it: at most three decimals, no trailing zero. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
