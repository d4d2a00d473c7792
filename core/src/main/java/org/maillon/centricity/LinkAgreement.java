package org.maillon.centricity;

/**
 * Whether a customer's own voice agrees with what the supplier committed to on their link.
 *
 * @param customer the customer's id
 * @param expectations what the customer requires on the link
 * @param commitments what the supplier committed to on it
 * @param uncovered expectations no commitment answers
 * @param csat the customer group's satisfaction mean; null when it has no answer or is hidden
 * @param responses the group's number of responses (given even when hidden); 0 without a group
 * @param hidden the group is hidden for anonymity
 * @param verdict what the voice says of the commitments
 */
public record LinkAgreement(String customer, int expectations, int commitments, int uncovered, Double csat,
    int responses, boolean hidden, VoiceAgreement verdict) {}
