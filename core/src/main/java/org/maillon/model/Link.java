package org.maillon.model;

import java.util.List;

/**
 * A link of service: a supplier (team or partner) delivers to a customer (team or final customer).
 * The customer's expectations and the supplier's commitments travel with it.
 */
public record Link(
    String from, String to, String delivers, List<Expectation> expectations, List<Commitment> commitments) {

  public Link {
    expectations = List.copyOf(expectations == null ? List.of() : expectations);
    commitments = List.copyOf(commitments == null ? List.of() : commitments);
  }
}
