package org.maillon.server.listening;

/**
 * A question a new campaign will ask: its type ({@code nps}, {@code csat} or {@code text}; for a
 * pulse {@code hours}, {@code share}, {@code scale} or {@code text}) and,
 * optionally, a wording of its own in either language; the default wording fills what is missing.
 */
public record NewQuestion(String type, Wording wording) {

  static final int MAX_WORDING = 1000;

  public static NewQuestion of(QuestionType type) {
    return new NewQuestion(type.code(), null);
  }

  void check(String field, Violations violations) {
    check(field, CampaignKind.CUSTOMERS, violations);
  }

  /** Checks the question for a campaign of this kind: a customer campaign asks nps, csat, text; a pulse hours, share, scale, text. */
  void check(String field, CampaignKind kind, Violations violations) {
    if (QuestionType.of(type).filter(known -> known.askedIn(kind)).isEmpty()) {
      violations.add(field + ".type", kind == CampaignKind.PULSE ? "unknownPulseType" : "unknownType",
          String.valueOf(type));
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
