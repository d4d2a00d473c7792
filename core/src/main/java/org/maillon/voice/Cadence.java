package org.maillon.voice;

/**
 * How often a team means to listen to a customer: the cadence of one of its campaigns that includes
 * that customer.
 *
 * @param team the campaign's team
 * @param customer a customer the campaign includes
 * @param days the campaign's cadence, at least 1
 */
public record Cadence(String team, String customer, int days) {}
