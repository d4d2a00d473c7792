package org.maillon.server.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock stopped at {@link #NOW} for the servers that start in demo mode: the demo's history is
 * counted back from the clock's now, so the same instant gives the same rows, run after run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoClockConfiguration {

  public static final Instant NOW = Instant.parse("2026-11-28T10:15:00Z");

  @Bean
  @Primary
  Clock demoClock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
