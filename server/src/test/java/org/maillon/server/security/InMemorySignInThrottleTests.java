package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.MutableClock;

/** The throttle's rule, at chosen instants: 10 failures in 5 minutes make an attempt wait. */
class InMemorySignInThrottleTests {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final SignInAttempt ADMIN_FROM_OFFICE = new SignInAttempt("admin", "10.0.0.5");
  static final SignInAttempt ADMIN_FROM_ATTACKER = new SignInAttempt("admin", "203.0.113.9");

  final MutableClock clock = new MutableClock();
  final InMemorySignInThrottle throttle = new InMemorySignInThrottle(clock, settings(10_000));

  InMemorySignInThrottleTests() {
    clock.set(START);
  }

  @Test
  void theTenthFailureWithinTheWindowMakesTheAccountWaitUntilTheOldestLeavesIt() {
    failEverySecond(ADMIN_FROM_ATTACKER, 9);
    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isZero();

    throttle.failed(ADMIN_FROM_ATTACKER);

    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isEqualTo(Duration.ofMinutes(5).minusSeconds(9));
    clock.advance(Duration.ofMinutes(5).minusSeconds(10));
    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isZero();
  }

  @Test
  void theWindowSlidesFailuresOlderThanFiveMinutesDoNotCount() {
    failEverySecond(ADMIN_FROM_ATTACKER, 5);
    clock.advance(Duration.ofMinutes(5));
    failEverySecond(ADMIN_FROM_ATTACKER, 9);

    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isZero();
  }

  @Test
  void askingWhileWaitingNeitherCountsNorExtendsTheWait() {
    failEverySecond(ADMIN_FROM_ATTACKER, 10);
    Duration first = throttle.waitBefore(ADMIN_FROM_ATTACKER);
    for (int i = 0; i < 190; i++) {
      throttle.waitBefore(ADMIN_FROM_ATTACKER);
    }
    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isEqualTo(first);
  }

  @Test
  void aSuccessForgetsTheFailuresOfThatAccountFromThatAddress() {
    failEverySecond(ADMIN_FROM_OFFICE, 9);
    throttle.succeeded(ADMIN_FROM_OFFICE);
    failEverySecond(ADMIN_FROM_OFFICE, 9);

    assertThat(throttle.waitBefore(ADMIN_FROM_OFFICE)).isZero();
  }

  @Test
  void anAttackerElsewhereDoesNotLockTheOwnerOutOfTheAddressTheySignInFrom() {
    throttle.succeeded(ADMIN_FROM_OFFICE);
    clock.advance(Duration.ofDays(1));

    failEverySecond(ADMIN_FROM_ATTACKER, 200);

    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isPositive();
    assertThat(throttle.waitBefore(new SignInAttempt("admin", "198.51.100.7"))).isPositive();
    assertThat(throttle.waitBefore(ADMIN_FROM_OFFICE)).isZero();
    assertThat(throttle.waitBefore(new SignInAttempt("ADMIN", "10.0.0.5"))).isZero();
  }

  @Test
  void anAddressKnownLongAgoIsNoLongerKnown() {
    throttle.succeeded(ADMIN_FROM_OFFICE);
    clock.advance(Duration.ofDays(31));

    failEverySecond(ADMIN_FROM_ATTACKER, 10);

    assertThat(throttle.waitBefore(ADMIN_FROM_OFFICE)).isPositive();
  }

  @Test
  void theOwnerMistypingTenTimesAtTheirKnownAddressWaitsToo() {
    throttle.succeeded(ADMIN_FROM_OFFICE);

    failEverySecond(ADMIN_FROM_OFFICE, 10);

    assertThat(throttle.waitBefore(ADMIN_FROM_OFFICE)).isPositive();
  }

  @Test
  void oneAddressTryingManyAccountsWaitsForAllOfThemButTheirKnownOnes() {
    SignInAttempt colleague = new SignInAttempt("colleague", "203.0.113.9");
    throttle.succeeded(colleague);
    for (int i = 0; i < 10; i++) {
      throttle.failed(new SignInAttempt("user-" + i, "203.0.113.9"));
    }

    assertThat(throttle.waitBefore(new SignInAttempt("user-42", "203.0.113.9"))).isPositive();
    assertThat(throttle.waitBefore(new SignInAttempt("user-42", "192.0.2.1"))).isZero();
    assertThat(throttle.waitBefore(colleague)).isZero();
  }

  @Test
  void memoryIsBoundedTheLeastRecentlyUsedKeysLeaveFirst() {
    InMemorySignInThrottle small = new InMemorySignInThrottle(clock, settings(100));
    for (int i = 0; i < 10; i++) {
      small.failed(ADMIN_FROM_ATTACKER);
    }
    assertThat(small.waitBefore(ADMIN_FROM_ATTACKER)).isPositive();

    for (int i = 0; i < 100; i++) {
      small.failed(new SignInAttempt("user-" + i, "192.0.2." + i));
    }

    assertThat(small.waitBefore(ADMIN_FROM_ATTACKER)).as("forgotten, to keep 100 keys of each kind").isZero();
  }

  @Test
  void failuresAfterNowDoNotCountWhenTheClockIsSetBack() {
    failEverySecond(ADMIN_FROM_ATTACKER, 10);

    clock.set(START.minus(Duration.ofMinutes(1)));

    assertThat(throttle.waitBefore(ADMIN_FROM_ATTACKER)).isZero();
  }

  private void failEverySecond(SignInAttempt attempt, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(attempt);
      clock.advance(Duration.ofSeconds(1));
    }
  }

  private static SignInProperties settings(int tracked) {
    return new SignInProperties(10, Duration.ofMinutes(5), Duration.ofDays(30), tracked);
  }
}
