package org.maillon.server.security;

import java.util.List;

/**
 * An action on a user that would leave Maillon without an admin, or that an admin asked on their
 * own account by mistake ({@code lastAdmin}, {@code self}), or on a user that does not exist
 * ({@code unknown}). Nothing was changed. Answered with 409 (404 for an unknown user).
 */
public class AccountRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String username;

  AccountRefused(String code, String username) {
    super(code + ": " + username, null, false, false);
    this.code = code;
    this.username = username;
  }

  public boolean unknownUser() {
    return code.equals("unknown");
  }

  /** The key of its message in {@code i18n/accounts}. */
  public String messageKey() {
    return "account.refused." + code;
  }

  public List<Object> arguments() {
    return List.of(username);
  }
}
