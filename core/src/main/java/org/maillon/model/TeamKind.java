package org.maillon.model;

import java.util.Optional;

/**
 * Where a team stands with respect to final customers: in contact with them, creating value
 * without facing them, or supporting the others.
 */
public enum TeamKind {
  FRONT_LINE("front-line"),
  CORE("core"),
  SUPPORT("support");

  private final String code;

  TeamKind(String code) {
    this.code = code;
  }

  /** The word used in model files and in the diagnosis JSON. */
  public String code() {
    return code;
  }

  public static Optional<TeamKind> fromCode(String code) {
    for (TeamKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
