package org.maillon.model;

import java.util.List;

/**
 * A procedure of a team and its decision circuit: the bureaucratisation link of the anti-value
 * chain made visible. {@code approvals} are person ids in the order they sign; {@code serves} names
 * the customers of the owning team the procedure is for, each standing for the team's link to
 * that customer — none means an internal control, a procedure no customer asked for.
 */
public record Procedure(String id, String team, String name, int steps, List<String> approvals, List<String> serves) {

  /** A procedure has at least this many steps; a missing number of steps reads as this. */
  public static final int MIN_STEPS = 1;

  public Procedure {
    approvals = List.copyOf(approvals == null ? List.of() : approvals);
    serves = List.copyOf(serves == null ? List.of() : serves);
  }
}
