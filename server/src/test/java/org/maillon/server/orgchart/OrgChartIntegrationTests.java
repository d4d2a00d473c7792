package org.maillon.server.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The org chart's JSON over the API: the tops and a person's direct reports a page at a time, each
 * with their level and span, a span wider than a page served in pages, the paths from the top to
 * people found by name, 404 for an unknown person, and managers and admins only.
 */
@ApiTest
class OrgChartIntegrationTests {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final String PASSWORD = "an org chart password";
  static final int WIDE = 600;

  @LocalServerPort int port;
  @Autowired UserService users;
  Api admin;
  Api manager;

  @BeforeEach
  void theSme() {
    Api anonymous = Api.on(port);
    admin = anonymous.as("admin", ApiTest.ADMIN_PASSWORD);
    manager = anonymous.as("chart-manager", PASSWORD);
    if (users.all().stream().noneMatch(u -> u.username().equals("chart-manager"))) {
      users.create("chart-manager", PASSWORD, Role.MANAGER, null);
      users.create("chart-member", PASSWORD, Role.MEMBER, "p-0058");
    }
    assertThat(admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")).status()).isEqualTo(201);
  }

  @Test
  void theTopsAndAPersonsReportsComeWithTheirLevelAndSpan() {
    JsonNode tops = ok(manager.get("/api/org-chart/tops"));
    assertThat(tops.get("total").asInt()).isEqualTo(2);
    assertThat(ids(tops)).containsExactly("p-0001", "p-0002");
    JsonNode boss = tops.get("people").get(0);
    assertThat(boss.get("name").asString()).isEqualTo("Camille Martin");
    assertThat(boss.get("title").asString()).isEqualTo("Directrice générale");
    assertThat(boss.get("layer").asInt()).isEqualTo(1);

    JsonNode reports = ok(manager.get("/api/people/p-0001/reports"));
    assertThat(reports.get("total").asInt()).isEqualTo(boss.get("reports").asInt()).isGreaterThan(5);
    assertThat(ids(reports)).startsWith("p-0003", "p-0005", "p-0006").isSorted();
    for (JsonNode person : reports.get("people")) {
      assertThat(person.get("layer").asInt()).isEqualTo(2);
      int span = ok(manager.get("/api/people/" + person.get("id").asString() + "/reports")).get("total").asInt();
      assertThat(person.get("reports").asInt()).isEqualTo(span);
    }
  }

  @Test
  void aSpanWiderThanAPageIsServedAPageAtATime() {
    assertThat(admin.post("/api/model", YAML, wideModel()).status()).isEqualTo(201);

    JsonNode first = ok(manager.get("/api/people/boss/reports"));
    assertThat(first.get("total").asInt()).isEqualTo(WIDE);
    assertThat(first.get("people").size()).isEqualTo(25);
    JsonNode last = ok(manager.get("/api/people/boss/reports?offset=590&limit=25"));
    assertThat(last.get("offset").asInt()).isEqualTo(590);
    assertThat(ids(last)).hasSize(10).last().isEqualTo("w-0599");
    assertThat(last.get("people").get(9).get("position").asInt()).isEqualTo(599);
    assertThat(ok(manager.get("/api/people/boss/reports?limit=100000")).get("people").size()).isEqualTo(OrgChart.MAX_PAGE);
    JsonNode wrong = ok(manager.get("/api/people/boss/reports?offset=-3&limit=0"));
    assertThat(wrong.get("offset").asInt()).isZero();
    assertThat(wrong.get("people").size()).isEqualTo(1);
    assertThat(ok(manager.get("/api/people/boss/reports?offset=5000")).get("people").size()).isZero();

    JsonNode path = ok(manager.get("/api/org-chart/paths?q=worker 599")).get("paths").get(0);
    assertThat(path.get(1).get("id").asString()).isEqualTo("w-0599");
    assertThat(path.get(1).get("position").asInt()).isEqualTo(599);
  }

  @Test
  void aSearchByNameGivesThePathsFromTheTopThoseNamedSoFirst() {
    JsonNode found = ok(manager.get("/api/org-chart/paths?q=thomas"));
    assertThat(found.get("total").asInt()).isGreaterThanOrEqualTo(5);
    for (JsonNode path : found.get("paths")) {
      assertThat(path.get(0).get("layer").asInt()).isEqualTo(1);
      assertThat(path.get(path.size() - 1).get("name").asString()).containsIgnoringCase("thomas");
      for (int step = 1; step < path.size(); step++) {
        JsonNode manager = path.get(step - 1);
        JsonNode person = path.get(step);
        assertThat(person.get("layer").asInt()).isEqualTo(manager.get("layer").asInt() + 1);
        JsonNode page = ok(this.manager.get("/api/people/" + manager.get("id").asString() + "/reports?offset="
            + person.get("position").asInt() + "&limit=1"));
        assertThat(ids(page)).containsExactly(person.get("id").asString());
      }
    }

    JsonNode exact = ok(manager.get("/api/org-chart/paths?q= Thomas Nguyen ")).get("paths");
    assertThat(exact.get(0).get(exact.get(0).size() - 1).get("id").asString()).isEqualTo("p-0058");
    JsonNode place = ok(manager.get("/api/people/p-0058"));
    assertThat(exact.get(0).size()).isEqualTo(place.get("managers").size() + 1);
    JsonNode one = ok(manager.get("/api/org-chart/paths?person=p-0058"));
    assertThat(one.get("paths").get(0)).isEqualTo(exact.get(0));

    assertThat(ok(manager.get("/api/org-chart/paths?q=nobody is called so")).get("total").asInt()).isZero();
    assertThat(ok(manager.get("/api/org-chart/paths?q= ")).get("paths").size()).isZero();
  }

  @Test
  void anUnknownPersonIs404() {
    Reply reports = manager.get("/api/people/nobody/reports");
    assertThat(reports.status()).isEqualTo(404);
    assertThat(reports.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(manager.get("/api/org-chart/paths?person=nobody").status()).isEqualTo(404);
  }

  @Test
  void managersAndAdminsOnly() {
    Api member = Api.on(port).as("chart-member", PASSWORD);
    for (String path : List.of("/api/org-chart/tops", "/api/people/p-0057/reports", "/api/people/p-0058/reports",
        "/api/org-chart/paths?q=thomas")) {
      assertThat(Api.on(port).get(path).status()).as(path).isEqualTo(401);
      assertThat(member.get(path).status()).as(path).isEqualTo(403);
      assertThat(admin.get(path).status()).as(path).isEqualTo(200);
    }
    Api page = Api.signedIn(port, "chart-manager", PASSWORD);
    assertThat(ids(ok(page.get("/org-chart/people/p-0001/reports", "application/json")))).contains("p-0003");
    assertThat(Api.signedIn(port, "chart-member", PASSWORD).get("/org-chart/tops", "application/json").status())
        .isEqualTo(403);
  }

  private static JsonNode ok(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("people").forEach(person -> ids.add(person.get("id").asString()));
    return ids;
  }

  /** One boss with {@link #WIDE} direct reports, "worker 0" to "worker 599". */
  private static byte[] wideModel() {
    StringBuilder yaml = new StringBuilder("""
        organization: "Wide"
        customers:
          - {id: buyers, name: "Buyers"}
        teams:
          - {id: shop, name: "Shop", kind: front-line, function: "sales", lead: boss}
        links:
          - {from: shop, to: buyers, delivers: "Goods"}
        people:
          - {id: boss, name: "The boss", team: shop}
        """);
    for (int i = 0; i < WIDE; i++) {
      yaml.append(String.format("  - {id: w-%04d, name: \"Worker %d\", team: shop, manager: boss}%n", i, i));
    }
    return yaml.toString().getBytes(StandardCharsets.UTF_8);
  }
}
