package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * user calling each endpoint gets what the row says: so a new endpoint fails here until it is
 * documented. "Allowed" means served, whatever the answer to a request that sends nothing valid
 * (400, 404, 422): such requests change nothing.
 */
@ApiTest
class AuthorizationTableIntegrationTests {

  /** Served by Spring Security's filters, not by a handler method. */
  static final Set<String> FILTER_ENDPOINTS = Set.of("POST /login", "POST /logout");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired UserService users;

  @BeforeEach
  void theSmeAndAUserOfEachRole() {
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"))
        .status()).isEqualTo(201);
    if (users.all().stream().noneMatch(u -> u.username().equals(Visitors.MEMBER))) {
      users.create(Visitors.MANAGER, Visitors.PASSWORD, Role.MANAGER, null);
      users.create(Visitors.MEMBER, Visitors.PASSWORD, Role.MEMBER, Samples.OWN_PERSON);
    }
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
    Visitors visitors = new Visitors(port);
    assertThat(table.users()).as("kinds of users in the table's columns").containsExactlyElementsOf(Visitors.KINDS);
    List<String> wrong = new ArrayList<>();
    for (Row row : table.rows()) {
      List<Samples.Request> requests = Samples.of(row);
      for (Map.Entry<String, String> cell : row.outcomes().entrySet()) {
        for (int i = 0; i < requests.size(); i++) {
          String expected = expected(cell.getValue(), i);
          Api.Reply reply = visitors.call(cell.getKey(), requests.get(i));
          String got = outcome(reply);
          if (!got.equals(expected)) {
            wrong.add(String.format("%s %s %s: expected %s, got %s (%d)", cell.getKey(), requests.get(i).method(),
                requests.get(i).path(), expected, got, reply.status()));
          }
        }
      }
    }
    assertThat(wrong).as("calls that do not answer what %s says", AuthorizationTable.DOCUMENT).isEmpty();
  }

  /**
   * An "own" or "summary" cell: its first request is the user's own (allowed), the others anyone else's.
   * A "lead" cell: the table's member leads no team, so is refused; CardEditIntegrationTests has a lead.
   */
  private static String expected(String cell, int request) {
    if (cell.equals("own") || cell.equals("summary")) {
      return request == 0 ? "allowed" : "403";
    }
    return cell.equals("lead") ? "403" : cell;
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
