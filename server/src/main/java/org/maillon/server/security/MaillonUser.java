package org.maillon.server.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user, with the role and the person it is in the model. */
public class MaillonUser extends User {

  private static final long serialVersionUID = 1L;

  private final Role role;
  private final String personId;

  MaillonUser(String username, String passwordHash, Role role, String personId) {
    super(username, passwordHash, List.of(new SimpleGrantedAuthority(role.authority())));
    this.role = role;
    this.personId = personId;
  }

  public Role role() {
    return role;
  }

  /** The person of the model this user is, or null. */
  public String personId() {
    return personId;
  }
}
