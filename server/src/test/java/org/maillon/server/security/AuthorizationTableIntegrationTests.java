package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.security.AuthorizationTable.Row;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * docs/security.md says what each kind of user gets from every endpoint; this holds it to the
 * running server. Every handler method (controllers, the API description, the actuator, the error
 * page) and the sign-in filter's endpoints must have a row, every row an endpoint, and each kind of
 * user calling each endpoint gets what the row says — the lead on a team they lead and on another,
 * and a member linked to no one besides the columns: so a new endpoint fails here until it is
 * documented. "Allowed" means served, whatever the answer to a request that sends nothing valid
 * (400, 404, 422): such requests change nothing.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTableIntegrationTests {

  /** Served by Spring Security's filters, not by a handler method. */
  static final Set<String> FILTER_ENDPOINTS = Set.of("POST /login", "POST /logout");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired UserService users;
  Samples samples;
  Samples.Own member;
  Samples.Own lead;

  /**
   * The SME, a user of each kind (the lead heads online sales, with the member role; another member
   * is linked to no one), and a campaign and an action (owned by their person) of the member's team,
   * of the lead's and of another team.
   */
  @BeforeAll
  void theSmeAUserOfEachKindAndThreeCampaigns() {
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"))
        .status()).isEqualTo(201);
    users.create(Visitors.MANAGER, Visitors.PASSWORD, Role.MANAGER, null);
    users.create(Visitors.MEMBER, Visitors.PASSWORD, Role.MEMBER, Samples.MEMBER_PERSON);
    users.create(Visitors.LEAD, Visitors.PASSWORD, Role.MEMBER, Samples.LEAD_PERSON);
    users.create(Visitors.UNLINKED, Visitors.PASSWORD, Role.MEMBER, null);
    member = new Samples.Own(Samples.MEMBER_PERSON, Samples.MEMBER_TEAM, Samples.MEMBER_CUSTOMER,
        campaign(admin, Samples.MEMBER_TEAM, Samples.MEMBER_CUSTOMER),
        action(admin, Samples.MEMBER_TEAM, Samples.MEMBER_PERSON));
    lead = new Samples.Own(Samples.LEAD_PERSON, Samples.LEAD_TEAM, Samples.LEAD_CUSTOMER,
        campaign(admin, Samples.LEAD_TEAM, Samples.LEAD_CUSTOMER), action(admin, Samples.LEAD_TEAM, Samples.LEAD_PERSON));
    samples = new Samples(campaign(admin, Samples.OTHER_TEAM, Samples.OTHER_TEAM_CUSTOMER),
        action(admin, Samples.OTHER_TEAM, Samples.OTHER_PERSON));
  }

  private static long action(Api admin, String team, String owner) {
    Api.Reply created = admin.post("/api/actions", MediaType.APPLICATION_JSON,
        Map.of("title", "Sample", "team", team, "owner", owner));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static long campaign(Api admin, String team, String customer) {
    Api.Reply created = admin.post("/api/campaigns", MediaType.APPLICATION_JSON,
        Map.of("team", team, "customers", List.of(customer)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  @Test
  void theTableListsEveryEndpointAndOnlyThem() throws Exception {
    Set<String> served = new TreeSet<>(FILTER_ENDPOINTS);
    for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
        .values()) {
      mapping.getHandlerMethods().keySet().forEach(info -> served.addAll(endpoints(info)));
    }
    Set<String> listed = new TreeSet<>();
    AuthorizationTable.read().rows().forEach(row -> assertThat(listed.add(row.endpoint()))
        .as("%s listed twice in %s", row.endpoint(), AuthorizationTable.DOCUMENT).isTrue());

    Set<String> missing = new TreeSet<>(served);
    missing.removeAll(listed);
    Set<String> unknown = new TreeSet<>(listed);
    unknown.removeAll(served);
    assertSoftly(softly -> {
      softly.assertThat(missing).as("endpoints of the server missing from %s: add a row saying what each role gets",
          AuthorizationTable.DOCUMENT).isEmpty();
      softly.assertThat(unknown).as("rows of %s that match no endpoint of the server", AuthorizationTable.DOCUMENT)
          .isEmpty();
    });
  }

  @Test
  void everyKindOfUserGetsWhatTheTableSays() throws Exception {
    AuthorizationTable table = AuthorizationTable.read();
    Visitors visitors = new Visitors(port, member, lead);
    assertThat(table.users()).as("kinds of users in the table's columns").containsExactlyElementsOf(Visitors.KINDS);
    List<String> wrong = new ArrayList<>();
    for (Row row : table.rows()) {
      Map<String, String> outcomes = new LinkedHashMap<>(row.outcomes());
      outcomes.put(Visitors.UNLINKED_KIND, row.outcomes().get("member"));
      for (Map.Entry<String, String> cell : outcomes.entrySet()) {
        String kind = cell.getKey();
        List<Samples.Request> requests = samples.of(row, visitors.own(kind));
        for (int i = 0; i < requests.size(); i++) {
          String expected = expected(kind, cell.getValue(), i);
          Api.Reply reply = visitors.call(kind, requests.get(i));
          String got = outcome(reply);
          if (!got.equals(expected)) {
            wrong.add(String.format("%s %s %s: expected %s, got %s (%d)", kind, requests.get(i).method(),
                requests.get(i).path(), expected, got, reply.status()));
          }
        }
      }
    }
    assertThat(wrong).as("calls that do not answer what %s says", AuthorizationTable.DOCUMENT).isEmpty();
  }

  /**
   * An "own", "lead" or "summary" cell: its first request is on the user's own or led things
   * (allowed), the others on another person's or team's (403). A member linked to no one has
   * nothing of their own and leads nothing.
   */
  private static String expected(String kind, String cell, int request) {
    if (kind.equals(Visitors.UNLINKED_KIND) && (cell.equals("own") || cell.equals("lead"))) {
      return "403";
    }
    if (cell.equals("own") || cell.equals("lead") || cell.equals("summary")) {
      return request == 0 ? "allowed" : "403";
    }
    return cell;
  }

  private static String outcome(Api.Reply reply) {
    if (reply.status() == 401 || reply.status() == 403) {
      return Integer.toString(reply.status());
    }
    boolean toSignIn = reply.status() / 100 == 3 && reply.headers().getLocation() != null
        && "/login".equals(reply.headers().getLocation().getPath()) && reply.headers().getLocation().getQuery() == null;
    return toSignIn ? "sign-in" : "allowed";
  }

  private static List<String> endpoints(RequestMappingInfo info) {
    Set<String> methods = new TreeSet<>();
    info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
    if (methods.isEmpty()) {
      methods.add("ANY");
    }
    List<String> endpoints = new ArrayList<>();
    methods.forEach(method -> info.getPatternValues().forEach(path -> endpoints.add(method + " " + path)));
    return endpoints;
  }
}
