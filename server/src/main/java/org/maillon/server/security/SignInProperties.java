package org.maillon.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in throttle's settings ({@code maillon.sign-in.*}); docs/security.md says how they
 * play together.
 *
 * @param maxFailures failures within the window after which attempts wait
 * @param window how far back failures count; the wait ends when the oldest of them leaves it
 * @param knownAddressFor how long after a success an address stays known for that account
 * @param tracked the most accounts, addresses, pairs and known addresses remembered (each), so
 *     that rotating names or addresses cannot grow memory without bound
 */
@ConfigurationProperties("maillon.sign-in")
public record SignInProperties(
    @DefaultValue("10") int maxFailures,
    @DefaultValue("5m") Duration window,
    @DefaultValue("30d") Duration knownAddressFor,
    @DefaultValue("10000") int tracked) {

  public SignInProperties {
    if (maxFailures < 1 || tracked < 1 || window.isNegative() || window.isZero() || knownAddressFor.isNegative()) {
      throw new IllegalArgumentException("maillon.sign-in: max-failures and tracked must be at least 1, window"
          + " positive and known-address-for not negative");
    }
  }
}
