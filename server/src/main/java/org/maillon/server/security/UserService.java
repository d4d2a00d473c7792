package org.maillon.server.security;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users with hashed passwords, and loads them for sign-in. */
@Service
public class UserService implements UserDetailsService {

  private final Users users;
  private final PasswordEncoder passwords;

  UserService(Users users, PasswordEncoder passwords) {
    this.users = users;
    this.passwords = passwords;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users.find(username)
        .map(u -> new MaillonUser(u.account().username(), u.passwordHash(), u.account().role(), u.account().personId()))
        .orElseThrow(() -> new UsernameNotFoundException("No such user"));
  }

  /**
   * Creates a user.
   *
   * @throws IllegalArgumentException when the name is taken or empty, or the password too short
   */
  @Transactional
  public UserAccount create(String username, String rawPassword, Role role, String personId) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("A user needs a name.");
    }
    if (rawPassword == null || rawPassword.length() < 8) {
      throw new IllegalArgumentException("A password has at least 8 characters.");
    }
    if (users.exists(username)) {
      throw new IllegalArgumentException("The user " + username + " exists already.");
    }
    users.add(username, passwords.encode(rawPassword), role, personId == null || personId.isBlank() ? null : personId);
    return users.find(username).orElseThrow().account();
  }

  public List<UserAccount> all() {
    return users.all();
  }

  public boolean none() {
    return users.count() == 0;
  }
}
