package org.maillon.valuechain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.maillon.model.Confirmation;
import org.maillon.model.Link;

/**
 * Whether supplier and customer agree on a link (docs/cards.md): nothing stated, stated but not
 * confirmed by the customer since its last change or with an expectation no commitment answers,
 * or confirmed and fully answered. Read from the link alone, in time proportional to its
 * expectations × commitments.
 */
public enum LinkStatus {
  /** No expectation and no commitment. */
  EMPTY,
  /** Something stated, not confirmed since the last change, or an expectation left unanswered. */
  PENDING,
  /** Confirmed on or after the last change, every expectation answered by a commitment. */
  AGREED;

  /** The code the JSON writes: {@code empty}, {@code pending}, {@code agreed}. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LinkStatus of(Link link) {
    return of(link, Agreements.uncovered(link).isEmpty());
  }

  /** The status of a link of which it is known whether every expectation is answered ({@link Agreements#uncovered}). */
  public static LinkStatus of(Link link, boolean allAnswered) {
    if (link.expectations().isEmpty() && link.commitments().isEmpty()) {
      return EMPTY;
    }
    Confirmation confirmed = link.confirmed();
    boolean current = confirmed != null && (link.changedOn() == null || !confirmed.on().isBefore(link.changedOn()));
    return current && allAnswered ? AGREED : PENDING;
  }

  /**
   * How many whole days a link of this status has waited on {@code asOf}, counted from its last
   * change; null when it is not pending, when its last change is not dated, or with no day given.
   */
  public static Long daysPending(Link link, LinkStatus status, LocalDate asOf) {
    if (asOf == null || link.changedOn() == null || status != PENDING) {
      return null;
    }
    return Math.max(0, ChronoUnit.DAYS.between(link.changedOn(), asOf));
  }
}
