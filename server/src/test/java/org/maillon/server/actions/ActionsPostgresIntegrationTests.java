package org.maillon.server.actions;

import org.junit.jupiter.api.BeforeAll;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Actions' persistence on a real PostgreSQL server (embedded, from Maven artifacts). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ActionsPostgresIntegrationTests extends ActionsPersistenceContract {

  @BeforeAll
  static void postgresCanStart() {
    EmbeddedPostgresServer.assumeAvailable();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresServer.newDatabase("maillon_actions");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
