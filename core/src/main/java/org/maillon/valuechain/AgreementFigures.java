package org.maillon.valuechain;

/**
 * Requirements and duties matched across the organisation, on the links teams supply: how many
 * expectations customers state and how many no commitment answers, how many commitments suppliers
 * make and how many answer nothing. The counts of the per-team lists, summed, so that the drift is
 * seen at a glance and a coverage rate can be computed.
 */
public record AgreementFigures(int expectations, int uncoveredExpectations, int commitments, int unaskedCommitments) {}
