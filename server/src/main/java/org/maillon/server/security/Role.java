package org.maillon.server.security;

import java.util.Locale;

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
    for (Role role : values()) {
      if (role.code().equalsIgnoreCase(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException("Unknown role: " + code + " (admin, manager or member)");
  }
}
