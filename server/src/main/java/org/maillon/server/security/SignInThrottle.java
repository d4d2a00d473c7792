package org.maillon.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers failed sign-ins by account, by address and by both, and says how long a new attempt
 * must wait. Every way of signing in (HTTP Basic, the form, the current password given to change
 * it) asks it first and reports the outcome, so one rule guards them all. Kept in memory today
 * ({@link InMemorySignInThrottle}); several servers would share it through the database behind
 * this same interface.
 */
public interface SignInThrottle {

  /** How long this attempt must wait before its password is even checked; zero when it may go on. */
  Duration waitBefore(SignInAttempt attempt);

  /** Records a failed attempt: wrong password, unknown user, or disabled account. */
  void failed(SignInAttempt attempt);

  /**
   * Records a success: the account's failures from this address are forgotten, and the address
   * becomes one the account is known to sign in from.
   *
   * @return when this account last signed in from this address, if that is remembered
   */
  Optional<Instant> succeeded(SignInAttempt attempt);
}
