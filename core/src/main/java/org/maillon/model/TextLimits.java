package org.maillon.model;

/**
 * How many characters an id, a name and a text of a model may hold. Ids travel into the server's
 * tables (campaigns, cards, users) whose columns hold 500 characters, and names into columns of
 * 1,000: the limits leave room, so that a model that is accepted is always stored whole. Counted
 * in UTF-16 units ({@link String#length()}), never fewer than the characters a database counts.
 */
public final class TextLimits {

  /** An id: of a person, team, final customer, partner, expectation or procedure. */
  public static final int ID = 200;
  /** A name: the organisation's, a person's, team's, customer's, partner's, procedure's; a title, a function. */
  public static final int NAME = 200;
  /** A text: what a link delivers, an expectation, a commitment. */
  public static final int TEXT = 1000;
  /** An email address, as SMTP bounds one (RFC 5321's path, less its brackets). */
  public static final int EMAIL = 254;

  private TextLimits() {}
}
