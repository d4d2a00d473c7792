package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What several processes may share is kept in the database on PostgreSQL only: the embedded SQLite
 * file, and a URL of no engine Maillon knows, serve one process.
 */
class SharedDatabaseTests {

  private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Both.class);

  @Test
  void postgresqlIsShared() {
    context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/maillon")
        .run(beans -> assertThat(beans).hasBean("shared").doesNotHaveBean("ownProcess"));
  }

  @Test
  void sqliteServesOneProcess() {
    context.withPropertyValues("spring.datasource.url=jdbc:sqlite:/data/maillon.db?journal_mode=WAL")
        .run(beans -> assertThat(beans).hasBean("ownProcess").doesNotHaveBean("shared"));
  }

  @Test
  void noUrlServesOneProcess() {
    context.run(beans -> assertThat(beans).hasBean("ownProcess").doesNotHaveBean("shared"));
  }

  @Configuration(proxyBeanMethods = false)
  static class Both {

    @Bean
    @ConditionalOnSharedDatabase
    String shared() {
      return "in the database";
    }

    @Bean
    @ConditionalOnSharedDatabase(false)
    String ownProcess() {
      return "in memory";
    }
  }
}
