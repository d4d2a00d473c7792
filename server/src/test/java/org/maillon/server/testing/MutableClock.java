package org.maillon.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the tests set and move: time-dependent rules are checked at chosen instants. It starts at
 * the real time, so tests that do not move it see an ordinary clock.
 */
public final class MutableClock extends Clock {

  private volatile Instant now = Instant.now();

  /** Sets the current instant. */
  public void set(Instant instant) {
    now = instant;
  }

  /** Moves the current instant forward (or back, with a negative duration). */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The test clock is in UTC.");
  }
}
