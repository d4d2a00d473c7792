package org.maillon.centricity;

import java.util.List;

/**
 * An index with the breakdown a page shows: what a team or the organisation scores, each
 * component's share of it and what to fix first.
 *
 * @param index 0–100; null when no component with a weight above 0 has data
 * @param components those with data by points lost, largest first (then in component order), then
 *     those left out, in component order
 * @param leftOut the components without data, whose weight went to the others
 * @param gains what costs points, by gain, largest first (then by code and subject)
 */
public record IndexBreakdown(Double index, List<ComponentScore> components, List<Component> leftOut,
    List<Gain> gains) {

  public IndexBreakdown {
    components = List.copyOf(components);
    leftOut = List.copyOf(leftOut);
    gains = List.copyOf(gains);
  }
}
