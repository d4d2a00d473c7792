package org.maillon.diagnosis;

import java.util.Locale;

/** How urgently a finding asks for action. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The word used in the diagnosis JSON. */
  public String code() {
    return code;
  }
}
