package org.maillon.model;

/**
 * A final customer: the one who pays, as a segment or an account. Every value chain ends here.
 * Its yearly {@code revenue} is optional: absent, the revenue a team reaches leaves it out.
 */
public record FinalCustomer(String id, String name, Double revenue) {

  /** A final customer whose revenue is not stated. */
  public FinalCustomer(String id, String name) {
    this(id, name, null);
  }
}
