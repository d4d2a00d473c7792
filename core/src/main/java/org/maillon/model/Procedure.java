package org.maillon.model;

import java.util.List;

/**
 * A procedure of a team and its decision circuit: the bureaucratisation link of the anti-value
 * chain made visible. {@code approvals} are person ids in the order they sign; {@code serves} names
 * the customers of the owning team the procedure is for, each standing for the team's link to
 * that customer — none means an internal control, a procedure no customer asked for.
 * {@code leadTimeDays} (calendar days from request to outcome) and {@code workHours} (hours of
 * actual work) are optional, null when not stated: with both, the procedure's flow efficiency
 * shows how much of its time is waiting, so « au final on ralentit » becomes a figure.
 */
public record Procedure(String id, String team, String name, int steps, List<String> approvals, List<String> serves,
    Double leadTimeDays, Double workHours) {

  /** A procedure has at least this many steps; a missing number of steps reads as this. */
  public static final int MIN_STEPS = 1;

  /** Lead time counts calendar days of 24 hours: a request waits nights and weekends too. */
  public static final double HOURS_PER_DAY = 24;

  public Procedure {
    approvals = List.copyOf(approvals == null ? List.of() : approvals);
    serves = List.copyOf(serves == null ? List.of() : serves);
  }

  /** A procedure that states no time. */
  public Procedure(String id, String team, String name, int steps, List<String> approvals, List<String> serves) {
    this(id, team, name, steps, approvals, serves, null, null);
  }

  /** True when it states both its lead time and its work, so that its flow efficiency is defined. */
  public boolean timed() {
    return leadTimeDays != null && workHours != null;
  }
}
