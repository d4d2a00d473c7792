package org.maillon.voice;

import java.time.Instant;

/**
 * A moment a team listened to a customer: a response from that customer to one of the team's
 * campaigns, or a logged conversation between them.
 *
 * @param team the listening (supplier) team
 * @param customer the customer listened to
 * @param at when
 */
public record ListeningEvent(String team, String customer, Instant at) {}
