package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Connection renewal on a real PostgreSQL server, whose pool also gets the keepalive and lifetime
 * meant to outlast firewalls and poolers (PoolDefaults), the URL being set as production sets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.admin-password=" + ConnectionRenewalContract.PASSWORD})
class PostgresConnectionRenewalIntegrationTests extends ConnectionRenewalContract {

  @BeforeAll
  static void postgresCanStart() {
    EmbeddedPostgresServer.assumeAvailable();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresServer.newDatabase("maillon_renewal");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void idleConnectionsAreKeptAliveAndRenewedBeforeNetworksDropThem() {
    HikariDataSource pool = (HikariDataSource) dataSource;

    assertThat(pool.getKeepaliveTime()).isEqualTo(60_000);
    assertThat(pool.getMaxLifetime()).isEqualTo(600_000);
    assertThat(pool.getDataSourceProperties()).containsEntry("tcpKeepAlive", "true");
  }
}
