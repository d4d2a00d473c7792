package org.maillon.card;

import java.util.List;

/**
 * What a team owes one of its customers: the commitments on the link to that customer. Grouping by
 * customer keeps in view whom each promise is for.
 */
public record Duty(NodeRef customer, String delivers, List<Promise> commitments) {

  public Duty {
    commitments = List.copyOf(commitments);
  }

  /** A commitment with the expectations of the same link it answers; none means nobody asked. */
  public record Promise(String text, List<Ask> answers) {

    public Promise {
      answers = List.copyOf(answers);
    }
  }

  /** An expectation named by id with its text (null when the id names no expectation). */
  public record Ask(String id, String text) {}
}
