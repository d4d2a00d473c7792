package org.maillon.server.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a new password must be: at least 12 characters, since length is what makes a password hard
 * to guess; at most 72 bytes in UTF-8, all that bcrypt reads; and not the user name.
 */
final class PasswordRules {

  static final int SHORTEST = 12;
  static final int MOST_BYTES = 72;

  private PasswordRules() {}

  /** Adds the problems of this password, given in this field for this user, to the list. */
  static void check(String field, String password, String username, List<AccountProblem> problems) {
    if (password == null || password.isEmpty()) {
      problems.add(new AccountProblem(field, "required"));
    } else if (password.codePointCount(0, password.length()) < SHORTEST) {
      problems.add(new AccountProblem(field, "passwordTooShort", SHORTEST));
    } else if (password.getBytes(StandardCharsets.UTF_8).length > MOST_BYTES) {
      problems.add(new AccountProblem(field, "passwordTooLong", MOST_BYTES));
    } else if (password.equalsIgnoreCase(username)) {
      problems.add(new AccountProblem(field, "passwordIsName"));
    }
  }
}
