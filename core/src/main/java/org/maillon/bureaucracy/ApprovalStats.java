package org.maillon.bureaucracy;

/** Approvals per procedure over a set of procedures: the mean and the largest; both 0 without procedures. */
public record ApprovalStats(double mean, int max) {

  public static final ApprovalStats NONE = new ApprovalStats(0, 0);
}
