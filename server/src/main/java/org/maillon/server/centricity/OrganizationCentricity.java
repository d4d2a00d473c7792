package org.maillon.server.centricity;

import java.util.List;

/**
 * The organisation's index, its breakdown and every team's index.
 *
 * @param organization the model's name
 * @param index 0–100; null when no component has data
 * @param components as for a team, with levels
 * @param leftOut the components without data
 * @param gains the costs with the largest gains, at most
 *     {@link org.maillon.centricity.CentricityScorer#ORGANIZATION_GAINS} of them
 * @param teams every team, lowest index first (teams without an index last), then by id
 */
public record OrganizationCentricity(String organization, Double index, List<ComponentRow> components,
    List<String> leftOut, List<GainRow> gains, List<TeamIndex> teams) {

  /** A team in the ranking. */
  public record TeamIndex(String team, String name, String kind, Double index) {}
}
