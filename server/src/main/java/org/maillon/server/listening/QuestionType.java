package org.maillon.server.listening;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of question a campaign asks: the two scores that results compute (NPS on 0–10, CSAT on
 * 1–5) and a free text, the verbatim from which themes are drawn; and the three of the bureaucracy
 * pulse, asked of a team's own collaborators: hours lost per week to internal procedures and
 * reporting (0–60), the percentage of time spent on customers, internal or final (0–100), and how
 * freely one may decide without approval (1–5).
 */
public enum QuestionType {
  NPS(0, 10), CSAT(1, 5), TEXT(0, 0), HOURS(0, 60), SHARE(0, 100), SCALE(1, 5);

  private final int min;
  private final int max;

  QuestionType(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /** The name in the API and the database: {@code nps}, {@code csat}, {@code text}, {@code hours}, {@code share}, {@code scale}. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean scored() {
    return this != TEXT;
  }

  /** True for the scores of the bureaucracy pulse ({@code hours}, {@code share}, {@code scale}). */
  public boolean pulse() {
    return this == HOURS || this == SHARE || this == SCALE;
  }

  /** True when a campaign of this kind may ask it: a text anywhere, the scores of its own kind. */
  public boolean askedIn(CampaignKind kind) {
    return this == TEXT || pulse() == (kind == CampaignKind.PULSE);
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
