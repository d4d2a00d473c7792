package org.maillon.server.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user: Spring Security's user, with the role and the person it is in the model; a
 * disabled user is not enabled for Spring Security, which refuses it after checking the password.
 * Someone signed in through the company's OpenID provider is one too (without a password), so that
 * every check of a role or a person asks the same question of both.
 */
public class MaillonUser extends User {

  private static final long serialVersionUID = 1L;

  private final Role role;
  private final String personId;

  MaillonUser(UserAccount account, String passwordHash) {
    super(account.username(), passwordHash, account.enabled(), true, true, true,
        List.of(new SimpleGrantedAuthority(account.role().authority())));
    this.role = account.role();
    this.personId = account.personId();
  }

  /** A user the company's identity provider vouched for: no password, enabled, this role and person. */
  protected MaillonUser(String username, Role role, String personId) {
    super(username, "", List.of(new SimpleGrantedAuthority(role.authority())));
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
