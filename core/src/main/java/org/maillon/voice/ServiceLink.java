package org.maillon.voice;

/**
 * A link of the value chain whose supplier is a team, and so a link the team should listen on.
 *
 * @param team the supplier team's id
 * @param customer the customer's id: a team or a final customer
 */
public record ServiceLink(String team, String customer) {}
