package org.maillon.model;

/** A final customer: the one who pays, as a segment or an account. Every value chain ends here. */
public record FinalCustomer(String id, String name) {}
