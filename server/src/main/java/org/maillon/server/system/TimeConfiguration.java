package org.maillon.server.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock every time-dependent rule reads (freshness of customer cards, overdue listening,
 * token use, the day of the diagnosis), so that tests can move time instead of waiting for it; and
 * the scheduler that runs the jobs which follow it (the daily diagnosis, the outbox, reminders,
 * notices), on its single thread.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
