package org.maillon.server.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The four things to know of a customer; a card is fresh only when each is recent. */
public enum Facet {
  OPINIONS, PROJECTS, STAKES, NEEDS;

  /** The name in the API, the database and the message keys: {@code opinions}, {@code projects}… */
  @JsonValue
  public String code() {
    return Codes.code(this);
  }

  /** The facet of this code, or empty for an unknown one. */
  public static Optional<Facet> of(String code) {
    return Codes.of(Facet.class, code);
  }
}
