package org.maillon.diagnosis;

import java.util.List;
import java.util.Locale;

/**
 * Something the diagnosis found that a manager should look at. Its kind says its code, link of the
 * anti-value chain and message keys; the message is rendered in the reader's language from the kind
 * and {@code args}.
 */
public record Finding(FindingKind kind, Severity severity, Subject subject, List<String> args) {

  /**
   * @throws IllegalArgumentException when the subject is not of the kind's sort (a team for a
   *     team's finding, a link for a link's…)
   */
  public Finding {
    if (!kind.subject().isInstance(subject)) {
      throw new IllegalArgumentException(kind + " is about a " + kind.subject().getSimpleName() + ", not " + subject);
    }
    args = List.copyOf(args);
  }

  /** A finding with its kind's usual severity. */
  public Finding(FindingKind kind, Subject subject, List<String> args) {
    this(kind, kind.severity(), subject, args);
  }

  /** The kind's code, as the diagnosis JSON writes it. */
  public String code() {
    return kind.code();
  }

  /** The link of the anti-value chain it belongs to. */
  public ChainLink link() {
    return kind.link();
  }

  /** The finding explained in one sentence, in the given language (English when not French). */
  public String message(Locale locale) {
    return new FindingMessages(locale).message(this);
  }
}
