package org.maillon.server.centricity;

import java.util.List;

/**
 * A team's index and its breakdown.
 *
 * @param team its id
 * @param name its name
 * @param kind front-line, core or support
 * @param index 0–100, rounded to one decimal on the page only; null when no component has data
 * @param components those with data by points lost, largest first, then those left out
 * @param leftOut the components without data, whose weight went to the others
 * @param gains what costs points, by gain, largest first
 * @param links each link to a customer, with the customer's voice against the commitments
 */
public record TeamCentricity(String team, String name, String kind, Double index, List<ComponentRow> components,
    List<String> leftOut, List<GainRow> gains, List<LinkVoice> links) {}
