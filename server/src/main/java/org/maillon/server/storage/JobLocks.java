package org.maillon.server.storage;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduled jobs that act on the shared data (reminders, notices, the outbox's purge) run on
 * one server process at a time: each holds a row of {@code shedlock} (migration V13) for its
 * period, so that the other processes skip that run (ShedLock); a process that dies holding it
 * keeps the job from running for that period at most. On
 * PostgreSQL the lock's times are the database's clock, the one clock every process shares; SQLite
 * serves one process only, and its own clock is that process's.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLocks {

  @Bean
  LockProvider lockProvider(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
    JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource))
        .withTableName("shedlock");
    if (SharedDatabase.at(url)) {
      configuration.usingDbTime();
    }
    return new JdbcTemplateLockProvider(configuration.build());
  }
}
