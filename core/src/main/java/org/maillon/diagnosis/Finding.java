package org.maillon.diagnosis;

import java.util.List;
import java.util.Locale;

/**
 * Something the diagnosis found that a manager should look at. The message is rendered in the
 * reader's language from {@code code} and {@code args}; {@code subject} is the id of the team,
 * person or link concerned, or the organisation's name.
 */
public record Finding(String code, Severity severity, String subject, List<String> args) {

  public Finding {
    args = List.copyOf(args);
  }

  /** The finding explained in one sentence, in the given language (English when not French). */
  public String message(Locale locale) {
    return new FindingMessages(locale).message(this);
  }
}
