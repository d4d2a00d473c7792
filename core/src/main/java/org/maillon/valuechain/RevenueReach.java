package org.maillon.valuechain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The yearly revenue of the final customers a team's work reaches, counting only the customers whose
 * revenue the model states ({@code customersWithRevenue} of them), so that what a support team
 * serves is read in what the paying customers bring. {@code shareByHops} maps the fewest links from
 * the team to a customer (1, 2…) to that distance's share of {@code revenue}, nearest first, holding
 * only distances some customer with a stated revenue lies at; its shares sum to 1 when the revenue
 * is above 0, and are all 0 when every stated revenue is 0.
 */
public record RevenueReach(int customersWithRevenue, double revenue, Map<Integer, Double> shareByHops) {

  public RevenueReach {
    shareByHops = Collections.unmodifiableMap(new TreeMap<>(shareByHops));
  }
}
