package org.maillon.bureaucracy;

import java.util.List;

/**
 * The organisation-wide figures of bureaucratisation, as docs/bureaucracy.md defines them, so a
 * manager sees at once how many procedures the organisation runs, how heavy their circuits are and
 * which of them slow the work for customers. Lists are procedure ids, sorted.
 */
public record BureaucracyFigures(
    int procedures,
    double proceduresPer100People,
    int approvals,
    ApprovalStats approvalsPerProcedure,
    int maxApprovalLevels,
    List<String> climbingCircuits,
    int supportApprovalsOnFrontLine,
    List<String> frontLineApprovedBySupport,
    List<String> internalControls,
    FlowFigures flow) {

  public BureaucracyFigures {
    climbingCircuits = List.copyOf(climbingCircuits);
    frontLineApprovedBySupport = List.copyOf(frontLineApprovedBySupport);
    internalControls = List.copyOf(internalControls);
  }
}
