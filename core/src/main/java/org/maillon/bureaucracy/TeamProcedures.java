package org.maillon.bureaucracy;

import java.util.List;

/**
 * The procedures one team runs and their weight on it, so that the team card can say how much of
 * the team's time its own rules claim. {@code proceduresPer100People} is null for a team without
 * members. Procedure ids are sorted.
 */
public record TeamProcedures(List<String> procedures, Double proceduresPer100People, ApprovalStats approvalsPerProcedure) {

  public TeamProcedures {
    procedures = List.copyOf(procedures);
  }
}
