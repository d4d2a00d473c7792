package org.maillon.server.security;

import java.util.Arrays;
import java.util.List;

/**
 * One problem of a user or password given to Maillon, on the field that has it, as a message key
 * of {@code i18n/accounts} and its arguments, so that the API and the pages word it in the
 * reader's language.
 */
public record AccountProblem(String field, String code, List<Object> arguments) {

  public AccountProblem {
    arguments = List.copyOf(arguments);
  }

  AccountProblem(String field, String code, Object... arguments) {
    this(field, code, Arrays.asList(arguments));
  }

  /** The key of its message in {@code i18n/accounts}. */
  public String messageKey() {
    return "account.problem." + code;
  }
}
