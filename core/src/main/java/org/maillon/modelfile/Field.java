package org.maillon.modelfile;

import org.maillon.model.TextLimits;

/**
 * A scalar field of a model entity, by the name it has in every format. A {@code located} field has
 * its own location remembered, because the validator may report a problem at it; a
 * {@code reference} field names an entity, so its equal values are shared: a reference and the id
 * it names are then one string, which makes resolving it an identity check.
 */
enum Field {
  ENTRY(null, false, false),
  ID("id", true, true),
  NAME("name", false, false),
  TITLE("title", false, false),
  TEAM("team", true, true),
  MANAGER("manager", true, true),
  EMAIL("email", true, false),
  COST("cost", true, false),
  REVENUE("revenue", true, false),
  KIND("kind", true, false),
  FUNCTION("function", false, false),
  LEAD("lead", true, true),
  FROM("from", true, true),
  TO("to", true, true),
  DELIVERS("delivers", false, false),
  CHANGED_ON("changedOn", true, false),
  CONFIRMED_ON("confirmedOn", true, false),
  CONFIRMED_BY("confirmedBy", false, true),
  TEXT("text", false, false),
  ANSWER("answers", false, true),
  STEPS("steps", true, false),
  LEAD_TIME_DAYS("leadTimeDays", true, false),
  WORK_HOURS("workHours", true, false),
  APPROVAL("approvals", false, true),
  SERVED("serves", false, true);

  private final String key;
  private final boolean located;
  private final boolean reference;

  Field(String key, boolean located, boolean reference) {
    this.key = key;
    this.located = located;
    this.reference = reference;
  }

  String key() {
    return key;
  }

  boolean located() {
    return located;
  }

  boolean reference() {
    return reference;
  }

  /**
   * The most characters a value of this field may hold ({@link TextLimits}); a reference is bounded
   * by the id it names, which is checked where it is defined.
   */
  int maxLength() {
    return switch (this) {
      case ID -> TextLimits.ID;
      case NAME, TITLE, FUNCTION -> TextLimits.NAME;
      case DELIVERS, TEXT -> TextLimits.TEXT;
      case EMAIL -> TextLimits.EMAIL;
      default -> Integer.MAX_VALUE;
    };
  }
}
