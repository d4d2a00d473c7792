package org.maillon.centricity;

/**
 * What the index is scored with, and the one place its defaults are written: the server reads
 * each from its settings when given and takes these otherwise (docs/centricity.md gives their
 * reasons).
 *
 * @param weights the relative weight of each component
 * @param distanceCap the hop count at which the distance component is worth 0, at least 2
 * @param procedureReference the procedures per 100 people at which that component is worth 0.5,
 *     above 0
 * @param lowSatisfaction a CSAT mean strictly below it is dissatisfied: it costs points and flags a
 *     link whose customer's voice disagrees with the commitments
 */
public record ScoringSettings(Weights weights, int distanceCap, double procedureReference, double lowSatisfaction) {

  /**
   * The defaults: {@link Weights#DEFAULTS}; distance worth 0 at 6 hops, so that 1 to 5 hops give
   * 1, 0.8 … 0.2; procedures worth 0.5 at one per ten people; dissatisfied below 3, the middle of
   * the 1–5 scale ("neither satisfied nor dissatisfied").
   */
  public static final ScoringSettings DEFAULTS = new ScoringSettings(Weights.DEFAULTS, 6, 10, 3);

  public ScoringSettings {
    if (weights == null) {
      throw new IllegalArgumentException("The weights are required");
    }
    if (distanceCap < 2) {
      throw new IllegalArgumentException("The distance cap is at least 2, not " + distanceCap);
    }
    if (!(procedureReference > 0) || Double.isInfinite(procedureReference)) {
      throw new IllegalArgumentException("The procedure reference is above 0, not " + procedureReference);
    }
    if (Double.isNaN(lowSatisfaction)) {
      throw new IllegalArgumentException("The low satisfaction mark is a number");
    }
  }
}
