package org.maillon.model;

import java.util.List;

/**
 * What a supplier promises its customer on one link. {@code answers} names expectations of the
 * same link; a commitment that answers none is work no customer asked for.
 */
public record Commitment(String text, List<String> answers) {

  public Commitment {
    answers = List.copyOf(answers == null ? List.of() : answers);
  }
}
