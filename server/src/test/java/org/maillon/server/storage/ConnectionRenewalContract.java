package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The server keeps writing once its pool has renewed every connection, as it does after the
 * pool's max-lifetime (the 500 "The database has been closed" after 30 minutes on H2, or
 * one minute with {@code --spring.datasource.hikari.max-lifetime=30000}, which the SQLite test sets
 * too): every connection is retired at once, then a user, a campaign, a pulse and a card entry are
 * created through HTTP, each answered 2xx and read back.
 */
abstract class ConnectionRenewalContract {

  static final String PASSWORD = "renewal-admin-secret";
  static final String PROPERTIES = "spring.datasource.hikari.max-lifetime=30000";
  static final MediaType JSON = MediaType.APPLICATION_JSON;

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void afterEveryConnectionIsRenewedUsersCampaignsPulsesAndCardEntriesAreWritten() throws SQLException {
    Api admin = Api.on(port).as("admin", PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"),
        ExampleModels.bytes("sme.yaml")).status()).isEqualTo(201);
    Connection before = physical();

    HikariDataSource pool = (HikariDataSource) dataSource;
    pool.getHikariPoolMXBean().softEvictConnections();

    assertThat(physical()).as("a new connection").isNotSameAs(before);
    created(admin.post("/api/users", JSON,
        Map.of("username", "renewed", "password", "renewed-secret-password", "role", "manager")));
    assertThat(admin.get("/api/users").body()).contains("\"renewed\"");
    Reply campaign = admin.post("/api/campaigns", JSON, Map.of("team", "ventes-magasins",
        "customers", List.of("particuliers")));
    created(campaign);
    assertThat(admin.get("/api/campaigns/" + campaign.json().get("id").asLong()).status()).isEqualTo(200);
    Reply pulse = admin.post("/api/pulses", JSON, Map.of("team", "usine-decoupe"));
    created(pulse);
    assertThat(admin.get("/api/campaigns/" + pulse.json().get("id").asLong()).json().get("kind").asString())
        .isEqualTo("pulse");
    Reply entry = admin.post("/api/customers/particuliers/card/entries", JSON,
        Map.of("facet", "needs", "text", "Written after the renewal", "source", "visit"));
    created(entry);
    assertThat(admin.get("/api/customers/particuliers/card").body()).contains("Written after the renewal");
  }

  /** The driver's connection behind a connection of the pool, given back at once. */
  private Connection physical() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.unwrap(Connection.class);
    }
  }

  private static void created(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }
}
