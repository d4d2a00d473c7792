package org.maillon.server.listening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * What the listening API tests start from: the demo SME imported, a manager and a member of the
 * supplier team {@value #TEAM} who leads nothing (users new to each test, since the server is shared), and a real
 * link of that model, {@value #TEAM} → {@value #CUSTOMER}.
 */
final class ListeningFixture {

  static final String TEAM = "ventes-magasins";
  static final String CUSTOMER = "particuliers";
  /** A final customer that {@value #TEAM} does not serve. */
  static final String NOT_A_CUSTOMER = "clients-web";
  static final String PASSWORD = "listening-secret";
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private static final AtomicInteger USERS = new AtomicInteger();

  final Api anonymous;
  final Api admin;
  final Api manager;
  final Api member;
  final String managerName = "listening-manager-" + USERS.incrementAndGet();
  final String memberName = "listening-member-" + USERS.incrementAndGet();

  ListeningFixture(int port) {
    anonymous = Api.on(port);
    admin = anonymous.as("admin", ApiTest.ADMIN_PASSWORD);
    admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml"));
    manager = user(managerName, "manager", null);
    member = user(memberName, "member", memberOf(TEAM, admin.get("/api/diagnosis").json()));
  }

  private Api user(String name, String role, String personId) {
    Map<String, String> user = personId == null ? Map.of("username", name, "password", PASSWORD, "role", role)
        : Map.of("username", name, "password", PASSWORD, "role", role, "personId", personId);
    admin.post("/api/users", MediaType.APPLICATION_JSON, user);
    return anonymous.as(name, PASSWORD);
  }

  /**
   * The first person of the diagnosis JSON in this team with no one reporting to them: they lead no
   * team, so they have a member's rights only (a lead runs their team's listening).
   */
  static String memberOf(String team, JsonNode diagnosis) {
    for (JsonNode person : diagnosis.get("people")) {
      if (person.get("team").isString() && team.equals(person.get("team").asString())
          && person.get("directReports").isEmpty()) {
        return person.get("id").asString();
      }
    }
    throw new AssertionError("No one in " + team);
  }

  /** A campaign of the default questions (nps, csat, text) for {@value #CUSTOMER}; its id. */
  long campaign() {
    return manager.post("/api/campaigns", MediaType.APPLICATION_JSON,
        Map.of("team", TEAM, "customers", List.of(CUSTOMER))).json().get("id").asLong();
  }

  /** New invitation tokens of a campaign for {@value #CUSTOMER}. */
  List<String> tokens(long campaign, int count) {
    JsonNode invitations = manager.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("customer", CUSTOMER, "count", count)).json().get("invitations");
    List<String> tokens = new ArrayList<>();
    invitations.forEach(invitation -> tokens.add(invitation.get("token").asString()));
    return tokens;
  }
}
