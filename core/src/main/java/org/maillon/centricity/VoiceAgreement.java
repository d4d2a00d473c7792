package org.maillon.centricity;

/**
 * Whether a customer's own voice agrees with what its supplier committed to on their link (issue
 * 5, part 3). Only a shown satisfaction mean counts: a hidden or empty group gives no verdict.
 */
public enum VoiceAgreement {
  /** No shown satisfaction for this customer: no responses, or a group hidden for anonymity. */
  NO_VOICE,
  /** The supplier committed to something and the customer is satisfied (mean ≥ the low mark). */
  AGREES,
  /** Nothing committed and the customer is satisfied anyway. */
  SATISFIED_WITHOUT_COMMITMENTS,
  /** Nothing committed and the customer is dissatisfied: agree on duties first. */
  DISSATISFIED_WITHOUT_COMMITMENTS,
  /** Committed but dissatisfied (mean below the low mark): the promises are not felt — flagged. */
  COMMITTED_BUT_DISSATISFIED;

  /**
   * The verdict of one link, in constant time.
   *
   * @param commitments the commitments the supplier made on the link
   * @param csatMean the customer group's shown satisfaction mean, null when none is shown
   * @param lowSatisfaction a mean strictly below it is dissatisfied
   */
  public static VoiceAgreement of(int commitments, Double csatMean, double lowSatisfaction) {
    if (csatMean == null) {
      return NO_VOICE;
    }
    boolean low = csatMean < lowSatisfaction;
    if (commitments > 0) {
      return low ? COMMITTED_BUT_DISSATISFIED : AGREES;
    }
    return low ? DISSATISFIED_WITHOUT_COMMITMENTS : SATISFIED_WITHOUT_COMMITMENTS;
  }

  /** True for the verdicts a manager should act on. */
  public boolean flagged() {
    return this == COMMITTED_BUT_DISSATISFIED || this == DISSATISFIED_WITHOUT_COMMITMENTS;
  }

  /** The name used in JSON: {@code committed-but-dissatisfied}… */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
