package org.maillon.server.listening;

import java.util.List;

/**
 * One problem of a rejected request, on the field that has it ({@code customers[1]},
 * {@code answers[0].value}), as a message key of the listening bundle and its arguments, so that
 * the API and the pages word it in the reader's language.
 */
public record Violation(String field, String code, List<Object> arguments) {

  public Violation {
    arguments = List.copyOf(arguments);
  }

  /** The key of its message in {@code i18n/listening}. */
  public String messageKey() {
    return "listening.problem." + code;
  }
}
