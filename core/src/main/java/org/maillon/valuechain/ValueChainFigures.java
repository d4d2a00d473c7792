package org.maillon.valuechain;

import java.util.List;
import java.util.Map;

/**
 * Organisation-wide figures of the value chain. Counts first, then the sorted lists of what breaks
 * the chain. {@code hopsDistribution} maps "1", "2"… and "unreachable" to numbers of people, in
 * that order, holding only counts above zero.
 */
public record ValueChainFigures(
    int teams,
    int frontLineTeams,
    int coreTeams,
    int supportTeams,
    int finalCustomers,
    int links,
    List<String> disconnectedTeams,
    List<String> teamsWithoutCustomer,
    List<String> supportTeamsNotReachingFrontLine,
    List<LinkEnds> inversions,
    List<String> frontLineWithoutFinalCustomer,
    Map<String, Integer> hopsDistribution) {

  public static final String UNREACHABLE = "unreachable";
}
