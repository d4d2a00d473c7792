package org.maillon.server.centricity;

/**
 * Something that costs points, and what fixing it alone would add to the index.
 *
 * @param code a finding's code, or {@code LISTENING_OVERDUE}, {@code STALE_CARD}, {@code LOW_SATISFACTION}
 * @param subject what it concerns: a team, a link {@code from->to}, a procedure, the organisation
 * @param component the component it lowers
 * @param gain points the index would gain, all else equal
 */
public record GainRow(String code, String subject, String component, double gain) {}
