package org.maillon.server.centricity;

import org.maillon.centricity.LinkAgreement;

/**
 * Whether a customer's own voice agrees with what the supplier committed to on their link.
 *
 * @param customer the customer's id
 * @param name its name
 * @param expectations what the customer requires on the link
 * @param commitments what the supplier committed to on it
 * @param uncovered expectations no commitment answers
 * @param csat the customer group's satisfaction mean; null when it has no answer or is hidden
 * @param responses the group's number of responses (shown even when hidden)
 * @param hidden the group is hidden for anonymity
 * @param verdict no-voice, agrees, satisfied-without-commitments, dissatisfied-without-commitments,
 *     committed-but-dissatisfied
 * @param flagged the verdict needs acting on
 */
public record LinkVoice(String customer, String name, int expectations, int commitments, int uncovered, Double csat,
    int responses, boolean hidden, String verdict, boolean flagged) {

  /** The core's agreement of a link, its customer named. */
  static LinkVoice of(LinkAgreement link, String name) {
    return new LinkVoice(link.customer(), name, link.expectations(), link.commitments(), link.uncovered(), link.csat(),
        link.responses(), link.hidden(), link.verdict().key(), link.verdict().flagged());
  }
}
