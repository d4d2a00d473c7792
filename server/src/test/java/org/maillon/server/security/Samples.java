package org.maillon.server.security;

import java.util.List;
import java.util.Map;
import org.maillon.server.security.AuthorizationTable.Row;
import org.springframework.http.HttpMethod;

/**
 * The requests that stand for an endpoint of the authorization table, on the demo SME: one by
 * default, its path variables filled with an id of the right type (a campaign's is a number, so
 * that a refusal is not hidden behind a 400), no body worth storing; for an endpoint a member may
 * call on their own things only, first the member's own, then someone else's.
 */
final class Samples {

  static final String OWN_PERSON = "p-0058";
  static final String OWN_TEAM = "ventes-magasins";
  static final String OWN_CUSTOMER = "particuliers";
  private static final String OTHER_PERSON = "p-0001";
  private static final String OTHER_TEAM = "logistique";
  private static final String OTHER_CUSTOMER = "promoteurs";

  /** One request: for a page, {@code fields} are form fields; for the API, a JSON object, or none (malformed). */
  record Request(HttpMethod method, String path, Map<String, String> fields) {}

  private static final Map<String, List<Request>> OWN_THEN_OTHERS = Map.of(
      "GET /people/{id}", gets("/people/" + OWN_PERSON, "/people/" + OTHER_PERSON),
      "GET /api/people/{id}", gets("/api/people/" + OWN_PERSON, "/api/people/" + OTHER_PERSON),
      "GET /api/people/{id}/customers",
      gets("/api/people/" + OWN_PERSON + "/customers", "/api/people/" + OTHER_PERSON + "/customers"),
      "GET /api/diagnosis", gets("/api/diagnosis?summary=true", "/api/diagnosis"),
      "GET /api/conversations", gets("/api/conversations", "/api/conversations?team=" + OTHER_TEAM),
      "POST /api/conversations", List.of(
          new Request(HttpMethod.POST, "/api/conversations", Map.of("team", OWN_TEAM)),
          new Request(HttpMethod.POST, "/api/conversations", Map.of("team", OTHER_TEAM))),
      "POST /listening/conversations", List.of(
          new Request(HttpMethod.POST, "/listening/conversations", Map.of("team", OWN_TEAM)),
          new Request(HttpMethod.POST, "/listening/conversations", Map.of("team", OTHER_TEAM))),
      "POST /customers/{id}/entries", List.of(
          new Request(HttpMethod.POST, "/customers/" + OWN_CUSTOMER + "/entries", Map.of()),
          new Request(HttpMethod.POST, "/customers/" + OTHER_CUSTOMER + "/entries", Map.of())),
      "POST /api/customers/{id}/card/entries", List.of(
          new Request(HttpMethod.POST, "/api/customers/" + OWN_CUSTOMER + "/card/entries", Map.of()),
          new Request(HttpMethod.POST, "/api/customers/" + OTHER_CUSTOMER + "/card/entries", Map.of())));

  private Samples() {}

  static List<Request> of(Row row) {
    List<Request> requests = OWN_THEN_OTHERS.get(row.endpoint());
    if (requests != null) {
      return requests;
    }
    if (row.outcomes().containsValue("own") || row.outcomes().containsValue("summary")) {
      throw new IllegalStateException(row.endpoint() + " is allowed on one's own things only: add the requests for"
          + " one's own and for someone else's to " + Samples.class.getName());
    }
    String path = row.path().replace("campaigns/{id}", "campaigns/1").replace("{id}", OWN_TEAM)
        .replace("{older}", "1").replace("{newer}", "1").replace("{from}/{to}", "marketing/" + OWN_TEAM)
        .replace("{token}", "no-such-token").replace("{username}", "no-such-user").replace("**", "liveness");
    HttpMethod method = row.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(row.method());
    return List.of(new Request(method, path, null));
  }

  private static List<Request> gets(String own, String others) {
    return List.of(new Request(HttpMethod.GET, own, null), new Request(HttpMethod.GET, others, null));
  }
}
