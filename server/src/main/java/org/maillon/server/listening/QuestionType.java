package org.maillon.server.listening;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of question a campaign asks: the two scores that results compute (NPS on 0–10, CSAT on
 * 1–5) and a free text, the verbatim from which themes are drawn.
 */
public enum QuestionType {
  NPS(0, 10), CSAT(1, 5), TEXT(0, 0);

  private final int min;
  private final int max;

  QuestionType(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /** The name in the API and the database: {@code nps}, {@code csat}, {@code text}. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean scored() {
    return this != TEXT;
  }

  /** The lowest score; 0 for a text question. */
  public int min() {
    return min;
  }

  /** The highest score; 0 for a text question. */
  public int max() {
    return max;
  }

  public static Optional<QuestionType> of(String code) {
    for (QuestionType type : values()) {
      if (type.code().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
