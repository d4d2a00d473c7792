package org.maillon.card;

import java.util.List;

/**
 * What a team owes one of its customers (the source text's "devoirs"): the commitments on the link
 * to that customer. Grouping by customer keeps in view whom each commitment is for. When the
 * customer is a team, {@code downstream} says what that customer commits to its own customers, so
 * that the team sees what its work serves further down the chain; empty for a final customer.
 * {@code agreement} says whether the customer has confirmed these commitments.
 */
public record Duty(NodeRef customer, String delivers, List<Commitment> commitments, List<Downstream> downstream,
    Agreement agreement) {

  public Duty {
    commitments = List.copyOf(commitments);
    downstream = List.copyOf(downstream);
  }

  /** One link of the customer's toward its own customer: what it delivers and commits to. */
  public record Downstream(NodeRef customer, String delivers, List<String> commitments) {

    public Downstream {
      commitments = List.copyOf(commitments);
    }
  }

  /** A commitment with the expectations of the same link it answers; none means nobody asked. */
  public record Commitment(String text, List<Expectation> answers) {

    public Commitment {
      answers = List.copyOf(answers);
    }
  }

  /** An expectation named by id with its text (null when the id names no expectation). */
  public record Expectation(String id, String text) {}
}
