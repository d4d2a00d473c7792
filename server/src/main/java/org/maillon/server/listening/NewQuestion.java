package org.maillon.server.listening;

/**
 * A question a new campaign will ask: its type ({@code nps}, {@code csat} or {@code text}) and,
 * optionally, a wording of its own in either language; the default wording fills what is missing.
 */
public record NewQuestion(String type, Wording wording) {

  static final int MAX_WORDING = 1000;

  public static NewQuestion of(QuestionType type) {
    return new NewQuestion(type.code(), null);
  }

  void check(String field, Violations violations) {
    if (QuestionType.of(type).isEmpty()) {
      violations.add(field + ".type", "unknownType", String.valueOf(type));
    }
    if (wording != null) {
      violations.tooLong(field + ".wording.en", wording.en(), MAX_WORDING);
      violations.tooLong(field + ".wording.fr", wording.fr(), MAX_WORDING);
    }
  }

  /** The wording to store for a language: null to mean the default wording. */
  String own(boolean french) {
    String own = wording == null ? null : french ? wording.fr() : wording.en();
    return own == null || own.isBlank() ? null : own.strip();
  }
}
