package org.maillon.server.actions;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where an action stands; open and in progress still call for work, done and dropped do not. */
public enum ActionStatus {
  OPEN("open"), IN_PROGRESS("in-progress"), DONE("done"), DROPPED("dropped");

  private final String code;

  ActionStatus(String code) {
    this.code = code;
  }

  /** The status as the API and the table write it. */
  @JsonValue
  public String code() {
    return code;
  }

  /** Whether work is still expected: open or in progress. */
  public boolean pending() {
    return this == OPEN || this == IN_PROGRESS;
  }

  /** The status of this code, empty when none has it. */
  public static Optional<ActionStatus> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
