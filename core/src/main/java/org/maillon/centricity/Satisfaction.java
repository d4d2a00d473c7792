package org.maillon.centricity;

import java.util.List;

/**
 * What a team's customers said of it, as anonymity lets it through: the satisfaction component's
 * raw figures. A hidden figure is never given, only the fact that it is hidden.
 *
 * @param csat the CSAT mean (1–5) over all the team's published answers; null when none or hidden
 * @param answers how many answers the mean counts
 * @param hidden the team's voice is hidden for anonymity
 * @param customers each customer group's own mean, to find which one costs points
 */
public record Satisfaction(Double csat, int answers, boolean hidden, List<Group> customers) {

  public Satisfaction {
    if (hidden && csat != null) {
      throw new IllegalArgumentException("A hidden voice's mean is never given");
    }
    customers = List.copyOf(customers);
  }

  /**
   * One customer group.
   *
   * @param customer the customer's id
   * @param csat its CSAT mean; null when it has no answer or is hidden
   * @param answers how many answers the mean counts
   * @param responses how many responses the group has, shown even when it is hidden
   * @param hidden the group is hidden for anonymity
   */
  public record Group(String customer, Double csat, int answers, int responses, boolean hidden) {

    public Group {
      if (hidden && csat != null) {
        throw new IllegalArgumentException("A hidden group's mean is never given");
      }
    }
  }
}
