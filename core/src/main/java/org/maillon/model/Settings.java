package org.maillon.model;

/**
 * Organisation-wide settings of the diagnosis. The target span is the number of direct reports a
 * manager can lead well; it sets how many levels the headcount needs.
 */
public record Settings(int targetSpan) {

  public static final int DEFAULT_TARGET_SPAN = 8;
  public static final int MIN_TARGET_SPAN = 2;
  public static final Settings DEFAULTS = new Settings(DEFAULT_TARGET_SPAN);

  public Settings {
    if (targetSpan < MIN_TARGET_SPAN) {
      throw new IllegalArgumentException("targetSpan must be at least " + MIN_TARGET_SPAN + ", was " + targetSpan);
    }
  }
}
