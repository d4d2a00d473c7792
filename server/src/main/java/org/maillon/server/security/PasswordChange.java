package org.maillon.server.security;

import java.util.List;

/**
 * A user changing their own password: the current one, which proves it is them, the new one, and
 * on the page the new one typed again.
 *
 * @param repeated the new password typed a second time; null where nothing asks for it (the API)
 */
public record PasswordChange(String currentPassword, String newPassword, String repeated) {

  /** Adds the problems of the new password, for this user, to the list. */
  void check(String username, List<AccountProblem> problems) {
    PasswordRules.check("newPassword", newPassword, username, problems);
    if (repeated != null && !repeated.equals(newPassword)) {
      problems.add(new AccountProblem("repeated", "notRepeated"));
    }
  }
}
