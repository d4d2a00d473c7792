package org.maillon.bureaucracy;

import java.util.List;

/**
 * How much of the procedures' time is work, organisation-wide, so that « au final on ralentit » is
 * a figure rather than an opinion: {@code timedProcedures} state both their lead time and their
 * work, {@code flowEfficiency} is Σ work / Σ lead time over them (null when none does), and
 * {@code lowFlowEfficiency} lists, sorted, those whose own efficiency is below
 * {@code minFlowEfficiency}.
 */
public record FlowFigures(int timedProcedures, Double flowEfficiency, double minFlowEfficiency,
    List<String> lowFlowEfficiency) {

  public FlowFigures {
    lowFlowEfficiency = List.copyOf(lowFlowEfficiency);
  }
}
