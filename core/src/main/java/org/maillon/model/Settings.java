package org.maillon.model;

/**
 * Organisation-wide settings of the diagnosis. The target span is the number of direct reports a
 * manager can lead well; it sets how many levels the headcount needs. {@code maxApprovalLevels} is
 * how many levels of the hierarchy above a team's own head a decision may climb before its circuit
 * counts as one that slows the team down: by default 2, the head's manager and the director above,
 * as a 500-person SME led with the seed's three levels needs no more. {@code pendingDays} is how
 * many days a link may wait for its customer's confirmation before it is a finding: by default 30,
 * a month, long enough for a lead back from leave.
 */
public record Settings(int targetSpan, int maxApprovalLevels, int pendingDays) {

  public static final int DEFAULT_TARGET_SPAN = 8;
  public static final int MIN_TARGET_SPAN = 2;
  public static final int DEFAULT_MAX_APPROVAL_LEVELS = 2;
  public static final int MIN_MAX_APPROVAL_LEVELS = 0;
  public static final int DEFAULT_PENDING_DAYS = 30;
  public static final int MIN_PENDING_DAYS = 0;
  public static final Settings DEFAULTS = new Settings(DEFAULT_TARGET_SPAN);

  public Settings {
    if (targetSpan < MIN_TARGET_SPAN) {
      throw new IllegalArgumentException("targetSpan must be at least " + MIN_TARGET_SPAN + ", was " + targetSpan);
    }
    if (maxApprovalLevels < MIN_MAX_APPROVAL_LEVELS) {
      throw new IllegalArgumentException("maxApprovalLevels must be at least " + MIN_MAX_APPROVAL_LEVELS
          + ", was " + maxApprovalLevels);
    }
    if (pendingDays < MIN_PENDING_DAYS) {
      throw new IllegalArgumentException("pendingDays must be at least " + MIN_PENDING_DAYS + ", was " + pendingDays);
    }
  }

  /** Settings with this target span and the default of every other setting. */
  public Settings(int targetSpan) {
    this(targetSpan, DEFAULT_MAX_APPROVAL_LEVELS);
  }

  /** Settings with this target span and approval levels, and the default of every other setting. */
  public Settings(int targetSpan, int maxApprovalLevels) {
    this(targetSpan, maxApprovalLevels, DEFAULT_PENDING_DAYS);
  }

  /** The same settings with another target span, as the CLI's {@code --target-span} asks. */
  public Settings withTargetSpan(int span) {
    return new Settings(span, maxApprovalLevels, pendingDays);
  }

  /** The same settings with another number of pending days, as the CLI's {@code --pending-days} asks. */
  public Settings withPendingDays(int days) {
    return new Settings(targetSpan, maxApprovalLevels, days);
  }
}
