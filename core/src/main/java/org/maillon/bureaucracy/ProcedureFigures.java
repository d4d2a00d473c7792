package org.maillon.bureaucracy;

/**
 * One procedure's circuit measured, so that each finding about it can be checked by hand:
 * {@code levelsClimbed} is how far its approvals rise above the owning team's head,
 * {@code supportApprovalsOnFrontLine} how many of its approvers sit in support teams while the
 * procedure is front-line work, and {@code internalControl} that it serves no customer.
 * {@code leadTimeDays} and {@code workHours} are as the model states them, null when absent;
 * {@code flowEfficiency} is null unless both are stated.
 */
public record ProcedureFigures(
    String id,
    String team,
    String name,
    int steps,
    int approvals,
    int levelsClimbed,
    int supportApprovalsOnFrontLine,
    boolean internalControl,
    Double leadTimeDays,
    Double workHours,
    Double flowEfficiency) {}
