package org.maillon.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.http.MediaType;

/**
 * The demo SME with the two members the card tests sign in as: one linked to the lead of the
 * in-store sales team (p-0051), one to a seller of that team who leads nothing (p-0058).
 */
public final class CardEditors {

  public static final String TEAM = "ventes-magasins";
  public static final String PASSWORD = "a password long enough";

  private CardEditors() {}

  /** Imports the SME as the admin and creates the lead's and the seller's accounts under these names. */
  public static Api importTheSmeAndLink(int port, String lead, String seller) {
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"))
        .status()).isEqualTo(201);
    admin.post("/api/users", MediaType.APPLICATION_JSON,
        Map.of("username", lead, "password", PASSWORD, "role", "member", "person", "p-0051"));
    admin.post("/api/users", MediaType.APPLICATION_JSON,
        Map.of("username", seller, "password", PASSWORD, "role", "member", "personId", "p-0058"));
    return admin;
  }
}
