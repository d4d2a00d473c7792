package org.maillon.server.organization;

import org.junit.jupiter.api.BeforeAll;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL server (embedded, from Maven artifacts), set the
 * way production sets it: through {@code MAILLON_DB_URL}'s property.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostgresPersistenceIntegrationTests extends PersistenceContract {

  @BeforeAll
  static void postgresCanStart() {
    EmbeddedPostgresServer.assumeAvailable();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresServer.newDatabase("maillon_persistence");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
