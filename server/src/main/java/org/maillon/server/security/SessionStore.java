package org.maillon.server.security;

import org.maillon.server.storage.ConditionalOnSharedDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the pages' sessions live. On SQLite, which one server process uses by construction, in
 * that process's memory (the servlet container's sessions): signing in and browsing write nothing,
 * so they work on a full disk and never queue behind an import for the one write lock. On
 * PostgreSQL, which several processes may share, in the database (Spring Session, tables of
 * migration V13): a sign-in on one process holds on all, and ending a user's sessions ends them on
 * all. Boot's own set-up of Spring Session is switched off (application.properties), since it would
 * keep them in the database on SQLite too. Why: docs/deploy.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionStore {

  /** Tells {@link SessionsInMemory} when a session ends or changes its id. */
  @Bean
  @ConditionalOnSharedDatabase(false)
  static HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  /** The sessions in the shared database, expired ones deleted by each process every minute. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSharedDatabase
  @EnableJdbcHttpSession
  static class InTheDatabase {

    /**
     * Spring Session reads and writes the sessions in the transaction under way, if any, like
     * every store, so that a change of a user that ends their sessions and is rolled back ends
     * none: by default it would open one of its own.
     */
    @Bean
    static TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
      return new TransactionTemplate(transactions);
    }
  }
}
