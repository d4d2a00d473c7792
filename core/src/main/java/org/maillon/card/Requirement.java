package org.maillon.card;

import java.util.List;

/**
 * What a team requires of one of its suppliers so that it can serve its own customers (the source
 * text's "exigences"): the expectations on the link from that supplier, each with whether a
 * commitment answers it, and whether the team has confirmed the supplier's commitments
 * ({@code agreement}).
 */
public record Requirement(NodeRef supplier, String delivers, List<Expectation> expectations, Agreement agreement) {

  public Requirement {
    expectations = List.copyOf(expectations);
  }

  /** One expectation on the link; {@code covered} when a commitment of the supplier answers it. */
  public record Expectation(String id, String text, boolean covered) {}
}
