package org.maillon.server.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Where a piece of knowledge comes from, so a reader can weigh it. */
public enum Source {
  SURVEY, CONVERSATION, VISIT, DOCUMENT;

  /** The name in the API, the database and the message keys: {@code survey}, {@code visit}… */
  @JsonValue
  public String code() {
    return Codes.code(this);
  }

  /** The source of this code, or empty for an unknown one. */
  public static Optional<Source> of(String code) {
    return Codes.of(Source.class, code);
  }
}
