package org.maillon.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle of one server, in memory. Failures are counted per account, per address and
 * per account-and-address pair, in a sliding window: once one of the counts reaches the limit, the
 * attempt waits until the oldest of those failures leaves the window. Attempts refused for waiting
 * are not failures: they neither count nor extend the wait, so the owner is never locked out for
 * good. An address the account signed in from lately is known: there only the pair's count holds,
 * so an attacker elsewhere cannot lock the owner out of their usual address. Each map keeps at
 * most {@link SignInProperties#tracked()} entries, the least recently used leaving first.
 */
@Component
class InMemorySignInThrottle implements SignInThrottle {

  private record Pair(String username, String address) {}

  private final Clock clock;
  private final SignInProperties settings;
  private final Map<String, Failures> byAccount;
  private final Map<String, Failures> byAddress;
  private final Map<Pair, Failures> byPair;
  private final Map<Pair, Instant> lastSuccess;

  InMemorySignInThrottle(Clock clock, SignInProperties settings) {
    this.clock = clock;
    this.settings = settings;
    this.byAccount = bounded(settings.tracked());
    this.byAddress = bounded(settings.tracked());
    this.byPair = bounded(settings.tracked());
    this.lastSuccess = bounded(settings.tracked());
  }

  @Override
  public synchronized Duration waitBefore(SignInAttempt attempt) {
    Instant now = clock.instant();
    Pair pair = pair(attempt);
    Duration wait = waitOf(byPair.get(pair), now);
    if (!known(pair, now)) {
      wait = longest(wait, waitOf(byAccount.get(attempt.username()), now));
      wait = longest(wait, waitOf(byAddress.get(attempt.address()), now));
    }
    return wait;
  }

  @Override
  public synchronized void failed(SignInAttempt attempt) {
    Instant now = clock.instant();
    byAccount.computeIfAbsent(attempt.username(), key -> new Failures()).add(now);
    byAddress.computeIfAbsent(attempt.address(), key -> new Failures()).add(now);
    byPair.computeIfAbsent(pair(attempt), key -> new Failures()).add(now);
  }

  @Override
  public synchronized Optional<Instant> succeeded(SignInAttempt attempt) {
    Pair pair = pair(attempt);
    byPair.remove(pair);
    return Optional.ofNullable(lastSuccess.put(pair, clock.instant()));
  }

  private boolean known(Pair pair, Instant now) {
    Instant last = lastSuccess.get(pair);
    return last != null && !last.isAfter(now) && last.plus(settings.knownAddressFor()).isAfter(now);
  }

  private Duration waitOf(Failures failures, Instant now) {
    return failures == null ? Duration.ZERO : failures.waitAt(now);
  }

  private static Duration longest(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Pair pair(SignInAttempt attempt) {
    return new Pair(attempt.username(), attempt.address());
  }

  /** A map that forgets its least recently used entry beyond the capacity. */
  private static <K, V> Map<K, V> bounded(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The latest failures of one key, no more than the limit: older ones cannot matter. */
  private final class Failures {

    private final Deque<Instant> times = new ArrayDeque<>();

    void add(Instant now) {
      times.removeIf(time -> !inWindow(time, now));
      times.addLast(now);
      while (times.size() > settings.maxFailures()) {
        times.removeFirst();
      }
    }

    /** Zero below the limit; else until the oldest failure in the window leaves it. */
    Duration waitAt(Instant now) {
      Instant oldest = null;
      int counted = 0;
      for (Instant time : times) {
        if (inWindow(time, now)) {
          counted++;
          oldest = oldest == null || time.isBefore(oldest) ? time : oldest;
        }
      }
      return counted < settings.maxFailures() ? Duration.ZERO : Duration.between(now, oldest.plus(settings.window()));
    }

    /** Within the window before now; a failure "after" now (the clock was set back) does not count. */
    private boolean inWindow(Instant time, Instant now) {
      return !time.isAfter(now) && time.plus(settings.window()).isAfter(now);
    }
  }
}
