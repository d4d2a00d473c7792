package org.maillon.diagnosis;

import java.util.Locale;

/** How urgently a finding asks for action. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  /** The word used in the diagnosis JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
