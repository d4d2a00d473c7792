package org.maillon.server.listening;

import java.util.List;

/**
 * How far a campaign has gone: invitations sent, and answers published, in all and per customer.
 * Only counts: which invitation gave which response is not known, by design. {@code answered}
 * counts published responses ({@link PublishedAnswers}): it moves by whole batches of at least the
 * anonymity threshold, as the results do, never by one answer.
 */
public record InvitationCounts(int sent, int answered, List<PerCustomer> customers) {

  /** The invitations of one customer of the campaign. */
  public record PerCustomer(String customer, int sent, int answered) {}

  static InvitationCounts of(List<PerCustomer> customers) {
    return new InvitationCounts(customers.stream().mapToInt(PerCustomer::sent).sum(),
        customers.stream().mapToInt(PerCustomer::answered).sum(), customers);
  }
}
