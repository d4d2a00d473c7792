package org.maillon.centricity;

/**
 * The relative weight of each component. Only ratios matter: the index divides by the sum of the
 * weights of the components that have data, so the defaults read as points out of 100 for a team
 * (levels apart) and need no adjusting when a component is left out. Each weight is ≥ 0 and
 * finite; docs/centricity.md gives the reasons of the defaults.
 */
public record Weights(double distance, double listening, double satisfaction, double freshness,
    double requirements, double procedures, double levels) {

  /**
   * The defaults: the customers' own voice first (25), the habit of listening that brings it (20),
   * then the structure and knowledge that let a team serve (15 each), procedures and layers last
   * (10 each), since a team rarely removes them alone.
   */
  public static final Weights DEFAULTS = new Weights(15, 20, 25, 15, 15, 10, 10);

  public Weights {
    double[] all = {distance, listening, satisfaction, freshness, requirements, procedures, levels};
    for (double w : all) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("A weight is a finite number ≥ 0, not " + w);
      }
    }
  }

  public double of(Component component) {
    return switch (component) {
      case DISTANCE -> distance;
      case LISTENING -> listening;
      case SATISFACTION -> satisfaction;
      case FRESHNESS -> freshness;
      case REQUIREMENTS -> requirements;
      case PROCEDURES -> procedures;
      case LEVELS -> levels;
    };
  }

  /** The weights in {@link Component} order. */
  public double[] toArray() {
    double[] weights = new double[Component.values().length];
    for (Component c : Component.values()) {
      weights[c.ordinal()] = of(c);
    }
    return weights;
  }
}
