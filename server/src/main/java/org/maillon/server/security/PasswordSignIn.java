package org.maillon.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, for HTTP Basic and the sign-in form alike (it is the
 * application's {@link AuthenticationManager}): the throttle is asked first, then the password,
 * then whether the account is enabled, and the outcome is reported to the throttle and logged.
 * The account's status is checked only after its password, so that a stranger cannot tell a
 * disabled account from a wrong password.
 *
 * <p>Logs, never with a password or a hash: each failure at WARN (the throttle bounds how many),
 * the start of a wait at WARN, a refused attempt at DEBUG (with its address only), a success at
 * INFO the first time in an hour for that account and address (HTTP Basic signs in on every
 * request; the others are at DEBUG). A name that is no account is logged as {@code ?}: it may be a
 * password typed in the wrong field.
 */
@Component
class PasswordSignIn implements AuthenticationManager {

  private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);
  private static final Duration QUIET = Duration.ofHours(1);

  private final SignInThrottle throttle;
  private final Clock clock;
  private final DaoAuthenticationProvider passwords;

  PasswordSignIn(SignInThrottle throttle, Clock clock, UserService users, PasswordEncoder encoder) {
    this.throttle = throttle;
    this.clock = clock;
    this.passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
    passwords.setPasswordEncoder(encoder);
    passwords.setHideUserNotFoundExceptions(false);
    passwords.setPreAuthenticationChecks(user -> { });
    passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
  }

  @Override
  public Authentication authenticate(Authentication request) {
    if (!(request instanceof UsernamePasswordAuthenticationToken)) {
      // a refused single sign-on falls back here: saying "not mine" lets its own refusal through
      throw new ProviderNotFoundException("Only a user name and a password are checked here");
    }
    SignInAttempt attempt = new SignInAttempt(request.getName(), addressOf(request));
    Duration wait = throttle.waitBefore(attempt);
    if (!wait.isZero()) {
      log.debug("sign-in outcome=refused-waiting address={} wait={}s", LogText.printable(attempt.address()), wait.toSeconds());
      throw new SignInThrottled(wait);
    }
    try {
      Authentication result = passwords.authenticate(request);
      succeeded(attempt, request.getName());
      return result;
    } catch (UsernameNotFoundException unknown) {
      failed(attempt, "?", "unknown-user");
      throw new BadCredentialsException("Bad credentials");
    } catch (BadCredentialsException wrong) {
      failed(attempt, request.getName(), "wrong-password");
      throw wrong;
    } catch (AccountStatusException status) {
      failed(attempt, request.getName(), "disabled");
      throw status;
    }
  }

  private void succeeded(SignInAttempt attempt, String username) {
    Optional<Instant> previous = throttle.succeeded(attempt);
    boolean lately = previous.filter(last -> last.plus(QUIET).isAfter(clock.instant())).isPresent();
    if (lately) {
      log.debug("sign-in outcome=signed-in user={} address={}", LogText.printable(username), LogText.printable(attempt.address()));
    } else {
      log.info("sign-in outcome=signed-in user={} address={}", LogText.printable(username), LogText.printable(attempt.address()));
    }
  }

  private void failed(SignInAttempt attempt, String shownName, String outcome) {
    throttle.failed(attempt);
    log.warn("sign-in outcome={} user={} address={}", outcome, LogText.printable(shownName), LogText.printable(attempt.address()));
    Duration wait = throttle.waitBefore(attempt);
    if (!wait.isZero()) {
      log.warn("sign-in throttled: user={} address={} must wait {}s", LogText.printable(shownName),
          LogText.printable(attempt.address()), wait.toSeconds());
    }
  }

  private static String addressOf(Authentication request) {
    return request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
  }
}
