package org.maillon.bureaucracy;

import java.util.List;
import org.maillon.model.Procedure;

/**
 * The time procedures take, summed on int-indexed arrays: hours of lead time and of work of each
 * procedure that states both, and their sums per team and organisation-wide. Flow efficiency is
 * work hours over lead hours (lead time in calendar days × {@link Procedure#HOURS_PER_DAY}); a
 * team's or the organisation's is the sum of work over the sum of lead time, so a long procedure
 * weighs as much as the time it takes. Procedures stating neither or one of the two are left out,
 * never guessed. Built in one pass over the procedures.
 */
final class FlowTimes {

  private final double[] leadHours;
  private final double[] workHours;
  private final double[] teamLead;
  private final double[] teamWork;
  private final int[] teamTimed;
  private int timed;
  private double lead;
  private double work;

  private FlowTimes(int procedures, int teams) {
    leadHours = new double[procedures];
    workHours = new double[procedures];
    teamLead = new double[teams];
    teamWork = new double[teams];
    teamTimed = new int[teams];
  }

  /** @param teamOf the owning team node of each procedure, by position */
  static FlowTimes of(List<Procedure> procedures, int[] teamOf, int teams) {
    FlowTimes times = new FlowTimes(procedures.size(), teams);
    for (int i = 0; i < procedures.size(); i++) {
      Procedure procedure = procedures.get(i);
      if (procedure.timed()) {
        times.add(i, teamOf[i], procedure.leadTimeDays() * Procedure.HOURS_PER_DAY, procedure.workHours());
      }
    }
    return times;
  }

  private void add(int procedure, int team, double leadTime, double workTime) {
    leadHours[procedure] = leadTime;
    workHours[procedure] = workTime;
    teamLead[team] += leadTime;
    teamWork[team] += workTime;
    teamTimed[team]++;
    lead += leadTime;
    work += workTime;
    timed++;
  }

  /** The procedure's flow efficiency, null when it does not state both times. */
  Double ofProcedure(int procedure) {
    return ratio(workHours[procedure], leadHours[procedure]);
  }

  /** The number of procedures of a team node stating both times. */
  int teamTimed(int team) {
    return teamTimed[team];
  }

  /** Σ work / Σ lead time over the team's procedures stating both; null without any. */
  Double ofTeam(int team) {
    return ratio(teamWork[team], teamLead[team]);
  }

  /** The number of procedures stating both times. */
  int timed() {
    return timed;
  }

  /** Σ work / Σ lead time over all procedures stating both; null without any. */
  Double overall() {
    return ratio(work, lead);
  }

  private static Double ratio(double work, double lead) {
    return lead > 0 ? work / lead : null;
  }
}
