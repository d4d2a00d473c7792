package org.maillon.server.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three roles, each including the rights of those below it: admin, then manager, then member. */
public enum Role {
  ADMIN, MANAGER, MEMBER;

  /** The name stored in the database and shown to users. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Spring Security authority. */
  public String authority() {
    return "ROLE_" + name();
  }

  public static Role of(String code) {
    return find(code).orElseThrow(
        () -> new IllegalArgumentException("Unknown role: " + code + " (admin, manager or member)"));
  }

  /** The role of this name, in any case; empty for none. */
  public static Optional<Role> find(String code) {
    return Arrays.stream(values()).filter(role -> role.code().equalsIgnoreCase(code)).findFirst();
  }
}
