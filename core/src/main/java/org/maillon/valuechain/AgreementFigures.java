package org.maillon.valuechain;

/**
 * Requirements and duties matched across the organisation, on the links teams supply: how many
 * expectations customers state and how many no commitment answers, how many commitments suppliers
 * make and how many answer nothing. The counts of the per-team lists, summed, so that the drift is
 * seen at a glance and a coverage rate can be computed; and how many of those links state nothing,
 * wait for their customer's confirmation (of which how many longer than {@code pendingDays} on the
 * diagnosis day) or are agreed ({@link LinkStatus}).
 */
public record AgreementFigures(int expectations, int uncoveredExpectations, int commitments, int unaskedCommitments,
    int emptyLinks, int pendingLinks, int agreedLinks, int longPendingLinks, int pendingDays) {

  /** The links counted: those whose supplier is a team, each empty, pending or agreed. */
  public int links() {
    return emptyLinks + pendingLinks + agreedLinks;
  }
}
