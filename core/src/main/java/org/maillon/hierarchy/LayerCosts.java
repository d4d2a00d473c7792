package org.maillon.hierarchy;

import java.util.List;

/**
 * What the layers cost in a year, over the {@code peopleWithCost} people whose cost the model states:
 * an absent cost is left out, never guessed, so the figures are partial when fewer people have a cost
 * than the headcount. {@code byLayer} holds the cost of the people at each depth, index 0 the tops,
 * one entry per layer (0 where nobody in it states a cost), and sums to {@code total}; {@code
 * management} is the cost of the managers (anyone with a direct report) and {@code managementShare}
 * its share of {@code total} (0 when the total is 0).
 */
public record LayerCosts(int peopleWithCost, double total, List<Double> byLayer, double management,
    double managementShare) {

  public LayerCosts {
    byLayer = List.copyOf(byLayer);
  }
}
