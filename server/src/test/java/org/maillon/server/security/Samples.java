package org.maillon.server.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.maillon.server.security.AuthorizationTable.Row;
import org.springframework.http.HttpMethod;

/**
 * The requests that stand for an endpoint of the authorization table, on the demo SME: one by
 * default, its path variables filled with an id of the right type (a campaign's is a number, so
 * that a refusal is not hidden behind a 400), no body worth storing; for an endpoint a member may
 * call on their own things only, or a lead on the teams they lead, first the caller's own, then
 * another team's or person's.
 */
final class Samples {

  /**
   * What one kind of user calls theirs: their person, the team they belong to (and, for a lead,
   * lead), a customer of that team, a campaign of it, and an action of it their person owns.
   */
  record Own(String person, String team, String customer, long campaign, long action) {}

  static final String MEMBER_PERSON = "p-0058";
  static final String MEMBER_TEAM = "ventes-magasins";
  static final String MEMBER_CUSTOMER = "particuliers";
  /** The head of online sales: leads ventes-en-ligne, nothing else, and has the member role. */
  static final String LEAD_PERSON = "p-0052";
  static final String LEAD_TEAM = "ventes-en-ligne";
  static final String LEAD_CUSTOMER = "clients-web";
  static final String OTHER_TEAM = "logistique";
  /** Serves the member's, the lead's and the other team: the supplier of the links confirmed. */
  private static final String SUPPLIER = "informatique";
  static final String OTHER_TEAM_CUSTOMER = "pose-sav";
  static final String OTHER_PERSON = "p-0001";
  private static final String OTHER_CUSTOMER = "promoteurs";

  /** Invites to a campaign given as a parameter, from the card of one of its customers. */
  private static final String CARD_INVITATIONS = "POST /customers/{id}/invitations";

  /** One request: for a page, {@code fields} are form fields; for the API, a JSON object, or none (malformed). */
  record Request(HttpMethod method, String path, Map<String, String> fields) {}

  private static final Map<String, Function<Own, String>> OWN_PATHS = Map.ofEntries(
      Map.entry("GET /people/{id}", own -> "/people/" + own.person()),
      Map.entry("GET /api/people/{id}", own -> "/api/people/" + own.person()),
      Map.entry("GET /api/people/{id}/customers", own -> "/api/people/" + own.person() + "/customers"),
      Map.entry("GET /api/diagnosis", own -> "/api/diagnosis?summary=true"),
      Map.entry("GET /api/conversations", own -> "/api/conversations"),
      Map.entry("POST /customers/{id}/entries", own -> "/customers/" + own.customer() + "/entries"),
      Map.entry("POST /api/customers/{id}/card/entries", own -> "/api/customers/" + own.customer() + "/card/entries"),
      Map.entry("PUT /api/teams/{id}/card", own -> "/api/teams/" + own.team() + "/card"),
      Map.entry("POST /api/campaigns/{id}/invitations", own -> "/api/campaigns/" + own.campaign() + "/invitations"),
      Map.entry("POST /listening/campaigns/{id}/invitations", own -> "/listening/campaigns/" + own.campaign() + "/invitations"),
      Map.entry("POST /listening/campaigns/{id}/contacts", own -> "/listening/campaigns/" + own.campaign() + "/contacts"),
      Map.entry(CARD_INVITATIONS, own -> "/customers/" + own.customer() + "/invitations?campaign=" + own.campaign()),
      Map.entry("GET /teams/{id}/card/edit", own -> "/teams/" + own.team() + "/card/edit"),
      Map.entry("POST /teams/{id}/card/edit", own -> "/teams/" + own.team() + "/card/edit"),
      Map.entry("POST /links/{from}/{to}/confirmation", own -> "/links/" + SUPPLIER + "/" + own.team() + "/confirmation"),
      Map.entry("POST /api/links/{from}/{to}/confirmation",
          own -> "/api/links/" + SUPPLIER + "/" + own.team() + "/confirmation"),
      Map.entry("PATCH /api/actions/{id}", own -> "/api/actions/" + own.action()),
      Map.entry("POST /actions/{id}", own -> "/actions/" + own.action()));

  private static final Map<String, String> OTHER_PATHS = Map.ofEntries(
      Map.entry("GET /people/{id}", "/people/" + OTHER_PERSON),
      Map.entry("GET /api/people/{id}", "/api/people/" + OTHER_PERSON),
      Map.entry("GET /api/people/{id}/customers", "/api/people/" + OTHER_PERSON + "/customers"),
      Map.entry("GET /api/diagnosis", "/api/diagnosis"),
      Map.entry("GET /api/conversations", "/api/conversations?team=" + OTHER_TEAM),
      Map.entry("POST /customers/{id}/entries", "/customers/" + OTHER_CUSTOMER + "/entries"),
      Map.entry("POST /api/customers/{id}/card/entries", "/api/customers/" + OTHER_CUSTOMER + "/card/entries"),
      Map.entry("PUT /api/teams/{id}/card", "/api/teams/" + OTHER_TEAM + "/card"),
      Map.entry("GET /teams/{id}/card/edit", "/teams/" + OTHER_TEAM + "/card/edit"),
      Map.entry("POST /teams/{id}/card/edit", "/teams/" + OTHER_TEAM + "/card/edit"),
      Map.entry("POST /links/{from}/{to}/confirmation", "/links/" + SUPPLIER + "/" + OTHER_TEAM + "/confirmation"),
      Map.entry("POST /api/links/{from}/{to}/confirmation",
          "/api/links/" + SUPPLIER + "/" + OTHER_TEAM + "/confirmation"));

  /** Endpoints whose team is a field of what they send. */
  private static final List<String> TEAM_FIELD = List.of("POST /api/conversations", "POST /listening/conversations",
      "POST /api/campaigns", "POST /listening/campaigns", "POST /api/actions", "POST /actions");

  /** Endpoints that bind their body before checking who calls: sent an empty object, not a malformed one. */
  private static final List<String> EMPTY_BODY = List.of("POST /customers/{id}/entries",
      "POST /api/customers/{id}/card/entries", "PATCH /api/actions/{id}");

  private final long otherCampaign;
  private final long otherAction;

  /**
   * The samples, with a campaign of another team than any caller's to invite to, and an action of
   * that team owned by someone else.
   */
  Samples(long otherCampaign, long otherAction) {
    this.otherCampaign = otherCampaign;
    this.otherAction = otherAction;
  }

  /** The requests that stand for this row, as this caller makes them: their own things first when it matters. */
  List<Request> of(Row row, Own own) {
    HttpMethod method = row.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(row.method());
    if (TEAM_FIELD.contains(row.endpoint())) {
      return List.of(new Request(method, row.path(), Map.of("team", own.team())),
          new Request(method, row.path(), Map.of("team", OTHER_TEAM)));
    }
    if (OWN_PATHS.containsKey(row.endpoint())) {
      String other = row.endpoint().equals(CARD_INVITATIONS)
          ? "/customers/" + OTHER_TEAM_CUSTOMER + "/invitations?campaign=" + otherCampaign
          : row.endpoint().matches(".*/(invitations|contacts)$")
          ? row.path().replace("{id}", Long.toString(otherCampaign))
          : row.endpoint().contains("actions/") ? row.path().replace("{id}", Long.toString(otherAction))
          : OTHER_PATHS.get(row.endpoint());
      Map<String, String> body = EMPTY_BODY.contains(row.endpoint()) ? Map.of() : null;
      return List.of(new Request(method, OWN_PATHS.get(row.endpoint()).apply(own), body),
          new Request(method, other, body));
    }
    if (row.outcomes().values().stream().anyMatch(List.of("own", "summary", "lead")::contains)) {
      throw new IllegalStateException(row.endpoint() + " is allowed on one's own or led things only: add the requests"
          + " for one's own and for someone else's to " + Samples.class.getName());
    }
    String path = row.path().replace("campaigns/{id}", "campaigns/1").replace("actions/{id}", "actions/1").replace("{id}", MEMBER_TEAM)
        .replace("{older}", "1").replace("{newer}", "1").replace("{person}", "no-such-person")
        .replace("{token}", "no-such-token").replace("{username}", "no-such-user").replace("**", "liveness");
    return List.of(new Request(method, path, null));
  }
}
