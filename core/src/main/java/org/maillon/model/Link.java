package org.maillon.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A link of service: a supplier (team or partner) delivers to a customer (team or final customer).
 * The customer's expectations and the supplier's commitments travel with it, with the day they last
 * changed and the customer's last confirmation of them, so that supplier and customer can be seen
 * to agree; both are absent in models that never tracked them.
 */
public record Link(String from, String to, String delivers, List<Expectation> expectations,
    List<Commitment> commitments, LocalDate changedOn, Confirmation confirmed) {

  public Link {
    expectations = List.copyOf(expectations == null ? List.of() : expectations);
    commitments = List.copyOf(commitments == null ? List.of() : commitments);
  }

  /** A link whose words were never dated nor confirmed. */
  public Link(String from, String to, String delivers, List<Expectation> expectations,
      List<Commitment> commitments) {
    this(from, to, delivers, expectations, commitments, null, null);
  }

  /**
   * The same link with these words: itself when they are the same, else changed on {@code day} and
   * no longer confirmed — what was confirmed is not what is now stated, even on the same day.
   */
  public Link restated(List<Expectation> newExpectations, List<Commitment> newCommitments, LocalDate day) {
    if (expectations.equals(newExpectations) && commitments.equals(newCommitments)) {
      return this;
    }
    return new Link(from, to, delivers, newExpectations, newCommitments, day, null);
  }

  /** The same link confirmed as it stands. */
  public Link confirmedBy(Confirmation confirmation) {
    return new Link(from, to, delivers, expectations, commitments, changedOn, confirmation);
  }
}
