package org.maillon.bureaucracy;

import java.util.List;

/**
 * The procedures one team runs and their weight on it, so that the team card can say how much of
 * the team's time its own rules claim. {@code proceduresPer100People} is null for a team without
 * members. Procedure ids are sorted. {@code timedProcedures} of them state their lead time and
 * work; {@code flowEfficiency}, over those, is null when none does.
 */
public record TeamProcedures(List<String> procedures, Double proceduresPer100People, ApprovalStats approvalsPerProcedure,
    int timedProcedures, Double flowEfficiency) {

  public TeamProcedures {
    procedures = List.copyOf(procedures);
  }
}
