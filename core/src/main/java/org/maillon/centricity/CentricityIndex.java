package org.maillon.centricity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Subject;

/**
 * The index: index = 100 × Σ wᵢ·vᵢ / Σ wᵢ over the components i that have data (vᵢ not null).
 * Leaving a component out renormalises the others' weights; with every value in [0, 1] the index
 * stays in [0, 100], and it never decreases when one value increases, the others unchanged.
 * Linear in the number of components and costs.
 */
public final class CentricityIndex {

  private CentricityIndex() {}

  /**
   * The index over arrays: {@code values[i]} in [0, 1] or NaN for no data, {@code weights[i]} ≥ 0.
   *
   * @return 0–100, or NaN when no component with a weight above 0 has data
   */
  public static double index(double[] values, double[] weights) {
    if (values.length != weights.length) {
      throw new IllegalArgumentException("As many values as weights");
    }
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        weighted += weights[i] * values[i];
        total += weights[i];
      }
    }
    return total > 0 ? Math.max(0, Math.min(100, 100 * weighted / total)) : Double.NaN;
  }

  /**
   * The index of these components with its breakdown.
   *
   * @param values the normalised value of each component taking part (a team gives no
   *     {@link Component#LEVELS}); a null value means no data
   * @param costs what costs points, with each component's value once fixed; costs of a component
   *     left out, or whose fix would gain nothing, are dropped
   */
  public static Score score(Map<Component, Double> values, Weights weights, List<Cost> costs) {
    double total = 0;
    for (Map.Entry<Component, Double> entry : values.entrySet()) {
      if (entry.getValue() != null) {
        check(entry.getValue());
        total += weights.of(entry.getKey());
      }
    }
    Map<Component, Double> shares = new EnumMap<>(Component.class);
    List<Part> included = new ArrayList<>();
    List<Part> leftOut = new ArrayList<>();
    for (Component component : Component.values()) {
      if (!values.containsKey(component)) {
        continue;
      }
      Double value = values.get(component);
      double weight = weights.of(component);
      if (value == null) {
        leftOut.add(new Part(component, null, weight, 0, 0, 0));
      } else {
        double share = total > 0 ? weight / total : 0;
        shares.put(component, share);
        included.add(new Part(component, value, weight, share, 100 * share * value, 100 * share * (1 - value)));
      }
    }
    included.sort(Comparator.comparingDouble(Part::lost).reversed()
        .thenComparing(Part::component));
    List<Part> parts = new ArrayList<>(included);
    parts.addAll(leftOut);
    List<Gain> gains = new ArrayList<>();
    for (Cost cost : costs) {
      Double share = shares.get(cost.component());
      if (share != null) {
        double gain = 100 * share * (cost.fixedValue() - values.get(cost.component()));
        if (gain > 0) {
          gains.add(new Gain(cost.code(), cost.subject(), cost.component(), gain));
        }
      }
    }
    gains.sort(Comparator.comparingDouble(Gain::gain).reversed().thenComparing(Gain::code)
        .thenComparing(Gain::subject, Subject::compare));
    Double index = null;
    if (total > 0) {
      double sum = 0;
      for (Part part : included) {
        sum += part.points();
      }
      index = Math.max(0, Math.min(100, sum));
    }
    return new Score(index, parts, gains);
  }

  private static void check(double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("A component's value is in [0, 1], not " + value);
    }
  }
}
