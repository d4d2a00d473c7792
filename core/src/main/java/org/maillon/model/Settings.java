package org.maillon.model;

/**
 * Organisation-wide settings of the diagnosis. The target span is the number of direct reports a
 * manager can lead well; it sets how many levels the headcount needs. {@code maxApprovalLevels} is
 * how many levels of the hierarchy above a team's own head a decision may climb before its circuit
 * counts as one that slows the team down: by default 2, the head's manager and the director above,
 * as a 500-person SME led with the seed's three levels needs no more. {@code minFlowEfficiency} is
 * the share of a procedure's lead time below which its work is drowned in waiting: by default 0.05,
 * as docs/bureaucracy.md explains; 0 raises no such finding. {@code pendingDays} is how many days a
 * link may wait for its customer's confirmation before it is a finding: by default 30, a month,
 * long enough for a lead back from leave. {@code maxSpan} is the widest span of control a manager
 * can still lead: by default 15, almost twice the target span, past which a manager has no time
 * left for each report.
 */
public record Settings(int targetSpan, int maxApprovalLevels, double minFlowEfficiency, int pendingDays,
    int maxSpan) {

  public static final int DEFAULT_TARGET_SPAN = 8;
  public static final int MIN_TARGET_SPAN = 2;
  public static final int DEFAULT_MAX_APPROVAL_LEVELS = 2;
  public static final int MIN_MAX_APPROVAL_LEVELS = 0;
  public static final double DEFAULT_MIN_FLOW_EFFICIENCY = 0.05;
  public static final int DEFAULT_PENDING_DAYS = 30;
  public static final int MIN_PENDING_DAYS = 0;
  public static final int DEFAULT_MAX_SPAN = 15;
  public static final int MIN_MAX_SPAN = 1;
  public static final Settings DEFAULTS = new Settings(DEFAULT_TARGET_SPAN);

  public Settings {
    if (targetSpan < MIN_TARGET_SPAN) {
      throw new IllegalArgumentException("targetSpan must be at least " + MIN_TARGET_SPAN + ", was " + targetSpan);
    }
    if (maxApprovalLevels < MIN_MAX_APPROVAL_LEVELS) {
      throw new IllegalArgumentException("maxApprovalLevels must be at least " + MIN_MAX_APPROVAL_LEVELS
          + ", was " + maxApprovalLevels);
    }
    if (!validMinFlowEfficiency(minFlowEfficiency)) {
      throw new IllegalArgumentException("minFlowEfficiency must be between 0 and 1, was " + minFlowEfficiency);
    }
    if (pendingDays < MIN_PENDING_DAYS) {
      throw new IllegalArgumentException("pendingDays must be at least " + MIN_PENDING_DAYS + ", was " + pendingDays);
    }
    if (maxSpan < MIN_MAX_SPAN) {
      throw new IllegalArgumentException("maxSpan must be at least " + MIN_MAX_SPAN + ", was " + maxSpan);
    }
  }

  /** Settings with the default maximum span. */
  public Settings(int targetSpan, int maxApprovalLevels, double minFlowEfficiency, int pendingDays) {
    this(targetSpan, maxApprovalLevels, minFlowEfficiency, pendingDays, DEFAULT_MAX_SPAN);
  }

  /** Settings with this target span and the default of every other setting. */
  public Settings(int targetSpan) {
    this(targetSpan, DEFAULT_MAX_APPROVAL_LEVELS);
  }

  /** Settings with this target span and approval levels, and the default of every other setting. */
  public Settings(int targetSpan, int maxApprovalLevels) {
    this(targetSpan, maxApprovalLevels, DEFAULT_MIN_FLOW_EFFICIENCY, DEFAULT_PENDING_DAYS);
  }

  /** True for a share from 0 to 1, the values {@code minFlowEfficiency} may take. */
  public static boolean validMinFlowEfficiency(double value) {
    return value >= 0 && value <= 1;
  }

  /** The same settings with another target span, as the CLI's {@code --target-span} asks. */
  public Settings withTargetSpan(int span) {
    return new Settings(span, maxApprovalLevels, minFlowEfficiency, pendingDays, maxSpan);
  }

  /** The same settings with another flow efficiency floor, as the CLI's {@code --min-flow-efficiency} asks. */
  public Settings withMinFlowEfficiency(double floor) {
    return new Settings(targetSpan, maxApprovalLevels, floor, pendingDays, maxSpan);
  }

  /** The same settings with another number of pending days, as the CLI's {@code --pending-days} asks. */
  public Settings withPendingDays(int days) {
    return new Settings(targetSpan, maxApprovalLevels, minFlowEfficiency, days, maxSpan);
  }

  /** The same settings with another maximum span, as the CLI's {@code --max-span} asks. */
  public Settings withMaxSpan(int span) {
    return new Settings(targetSpan, maxApprovalLevels, minFlowEfficiency, pendingDays, span);
  }
}
