package org.maillon.valuechain;

/** A commitment on the link to {@code link} (the customer's id) that answers no expectation. */
public record UnaskedCommitment(String link, String text) {}
