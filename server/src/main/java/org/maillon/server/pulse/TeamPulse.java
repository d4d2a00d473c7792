package org.maillon.server.pulse;

import java.util.List;

/**
 * A team's pulse beside its structural figures. The means are null when anonymity hides the team
 * (fewer responses than the threshold, or hidden so that a smaller hidden team cannot be derived
 * from the organisation's total); the number of responses stays.
 *
 * @param team the team's id
 * @param name its name in the current model (its id when the model no longer has it)
 * @param threshold the least number of responses a shown group holds
 * @param invitations pulse invitations sent to its collaborators
 * @param responses pulse responses of its collaborators
 * @param hoursLost mean hours lost per week to internal procedures and reporting (0–60)
 * @param customerShare mean percent of time spent on customers, internal or final (0–100)
 * @param freedom mean freedom to decide without approval (1–5)
 * @param hidden true when anonymity withholds the means
 * @param structure the team's procedures and climbing circuits from the diagnosis; null for a team
 *     the current model no longer has
 */
public record TeamPulse(String team, String name, int threshold, int invitations, int responses, Double hoursLost,
    Double customerShare, Double freedom, boolean hidden, Structure structure) {

  /**
   * The structural figures of bureaucratisation of a team (docs/bureaucracy.md).
   *
   * @param procedures the team's procedures
   * @param proceduresPer100People its procedures × 100 / its members; null without members
   * @param climbingCircuits its procedures whose approvals climb more than {@code maxApprovalLevels}, by id
   */
  public record Structure(int procedures, Double proceduresPer100People, List<String> climbingCircuits) {

    public Structure {
      climbingCircuits = List.copyOf(climbingCircuits);
    }
  }
}
