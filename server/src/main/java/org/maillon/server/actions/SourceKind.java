package org.maillon.server.actions;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an action came from, so that it keeps a link to it and says when the diagnosis no longer
 * shows it. The key that names the source, per kind: a finding's {@code code:subject}, an overdue
 * link's {@code from->to}, a voice theme's id, a follow-up's own words, an index fix's
 * {@code code:team}; none for {@link #NONE}.
 */
public enum SourceKind {
  FINDING("finding"), OVERDUE_LINK("overdue-link"), VOICE_THEME("voice-theme"), FOLLOW_UP("follow-up"),
  INDEX_FIX("index-fix"), NONE("none");

  private final String code;

  SourceKind(String code) {
    this.code = code;
  }

  /** The kind as the API, the forms and the table write it. */
  @JsonValue
  public String code() {
    return code;
  }

  /** The kind of this code, empty when none has it. */
  public static Optional<SourceKind> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
