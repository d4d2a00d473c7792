package org.maillon.server.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.maillon.server.security.Users.StoredUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and what admins do with them: create, change a password or a role, disable, enable,
 * delete; and users changing their own password. Maillon always keeps an enabled admin, and an
 * admin cannot disable, delete or demote themselves by mistake. Each change is logged at INFO with
 * who made it, and signs the user out of the pages where the change must show.
 */
@Service
public class UserService {

  private static final Logger log = LoggerFactory.getLogger(UserService.class);

  private final Users users;
  private final PasswordEncoder passwords;
  private final SignInThrottle throttle;
  private final SignedInSessions sessions;

  UserService(Users users, PasswordEncoder passwords, SignInThrottle throttle, SignedInSessions sessions) {
    this.users = users;
    this.passwords = passwords;
    this.throttle = throttle;
    this.sessions = sessions;
  }

  /** The user as sign-in checks it: hash, role, whether enabled. */
  public UserDetails loadUserByUsername(String username) {
    return users.find(username)
        .map(u -> new MaillonUser(u.account(), u.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException("No such user"));
  }

  /** Creates a user on Maillon's own behalf (first admin, demo, tests). */
  @Transactional
  public UserAccount create(String username, String rawPassword, Role role, String personId) {
    return add(new NewUser(username, rawPassword, role.code(), personId), null);
  }

  /**
   * Creates a user.
   *
   * @param by the admin who asks, or null for Maillon itself
   * @throws AccountRejected when the name is taken or malformed, the password breaks a rule…
   */
  @Transactional
  public UserAccount create(NewUser user, String by) {
    return add(user, by);
  }

  private UserAccount add(NewUser user, String by) {
    user.check();
    if (users.exists(user.username())) {
      throw new AccountRejected(List.of(new AccountProblem("username", "taken", user.username())));
    }
    users.add(user.username(), passwords.encode(user.password()), user.parsedRole(), user.person());
    logAction("create", user.username(), by);
    return get(user.username());
  }

  public List<UserAccount> all() {
    return users.all();
  }

  /** @throws AccountRefused for a user that does not exist */
  public UserAccount get(String username) {
    return stored(username).account();
  }

  public boolean none() {
    return users.count() == 0;
  }

  /** An admin gives a user a new password, without the old one. */
  @Transactional
  public void setPassword(String username, String password, String by) {
    get(username);
    List<AccountProblem> problems = new ArrayList<>();
    PasswordRules.check("password", password, username, problems);
    AccountRejected.throwIfAny(problems);
    users.setPasswordHash(username, passwords.encode(password));
    sessions.endFor(username);
    logAction("set-password", username, by);
  }

  /**
   * A user changes their own password, proving it is them with the current one. A wrong current
   * password counts as a failed sign-in from this address, so this form cannot be used to guess it.
   *
   * @throws SignInThrottled when too many sign-ins failed lately, without looking at the password
   */
  @Transactional
  public void changeOwnPassword(String username, PasswordChange change, String address) {
    SignInAttempt attempt = new SignInAttempt(username, address);
    Duration wait = throttle.waitBefore(attempt);
    if (!wait.isZero()) {
      throw new SignInThrottled(wait);
    }
    StoredUser user = stored(username);
    List<AccountProblem> problems = new ArrayList<>();
    if (change.currentPassword() == null || change.currentPassword().isEmpty()) {
      problems.add(new AccountProblem("currentPassword", "required"));
    } else if (!passwords.matches(change.currentPassword(), user.passwordHash())) {
      problems.add(new AccountProblem("currentPassword", "wrongPassword"));
      throttle.failed(attempt);
      log.warn("users action=change-own-password outcome=wrong-password user={} address={}",
          LogText.printable(username), LogText.printable(address));
    }
    change.check(username, problems);
    AccountRejected.throwIfAny(problems);
    users.setPasswordHash(username, passwords.encode(change.newPassword()));
    sessions.endFor(username);
    logAction("change-own-password", username, username);
  }

  @Transactional
  public UserAccount setRole(String username, String role, String by) {
    List<AccountProblem> problems = new ArrayList<>();
    NewUser.checkRole("role", role, problems);
    AccountRejected.throwIfAny(problems);
    Role next = Role.of(role);
    UserAccount user = get(username);
    if (user.role() == Role.ADMIN && next != Role.ADMIN) {
      refuseLosingAnAdmin(user, by);
    }
    users.setRole(username, next);
    sessions.endFor(username);
    logAction("set-role-" + next.code(), username, by);
    return get(username);
  }

  @Transactional
  public UserAccount setEnabled(String username, boolean enabled, String by) {
    UserAccount user = get(username);
    if (!enabled) {
      refuseLosingAnAdmin(user, by);
    }
    users.setEnabled(username, enabled);
    if (!enabled) {
      sessions.endFor(username);
    }
    logAction(enabled ? "enable" : "disable", username, by);
    return get(username);
  }

  @Transactional
  public void delete(String username, String by) {
    refuseLosingAnAdmin(get(username), by);
    users.delete(username);
    sessions.endFor(username);
    logAction("delete", username, by);
  }

  /** No one disables, deletes or demotes themselves, nor the last enabled admin. */
  private void refuseLosingAnAdmin(UserAccount user, String by) {
    if (user.username().equals(by)) {
      throw new AccountRefused("self", user.username());
    }
    if (user.role() == Role.ADMIN && user.enabled() && users.enabledAdmins() <= 1) {
      throw new AccountRefused("lastAdmin", user.username());
    }
  }

  private StoredUser stored(String username) {
    return users.find(username).orElseThrow(() -> new AccountRefused("unknown", username));
  }

  private static void logAction(String action, String username, String by) {
    log.info("users action={} user={} by={}", action, LogText.printable(username),
        by == null ? "maillon" : LogText.printable(by));
  }
}
