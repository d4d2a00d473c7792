package org.maillon.server.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.model.Person;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.ModelVersion;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A provisioning conversation as Microsoft Entra ID's documentation writes it (look a user up by
 * userName, create users, set their managers with PATCH, change a manager, deactivate one with
 * {@code "active": "False"}), then Okta's PATCH, on a small model whose people were imported from
 * a file: SCIM answers from its own state at once, and each fold, triggered by moving the clock
 * past the batch, makes one version authored SCIM. The scheduler is held off (poll of a day) so
 * that only the test folds.
 */
@ApiTest
@TestPropertySource(properties = "maillon.scim.poll=P1D")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScimProvisioningIntegrationTests {

  static final String MANAGER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager";
  static final String MODEL = """
      organization: "Contoso"
      customers:
        - {id: buyers, name: "Buyers"}
      teams:
        - {id: sales, name: "Sales", kind: front-line, function: "sales", lead: alice}
        - {id: it, name: "IT", function: "it", lead: carl}
        - {id: ops, function: "ops"}
      links:
        - {from: sales, to: buyers, delivers: "Goods"}
        - {from: it, to: sales, delivers: "Laptops"}
      people:
        - {id: alice, name: "Alice Martin", team: sales, email: alice@contoso.com}
        - {id: carl, name: "Carl Petit", team: it, manager: alice}
      """;

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired ScimFolder folder;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  Api admin;
  ScimClient entra;

  @BeforeAll
  void aModelATokenAndADepartmentMap() {
    clock.set(Instant.parse("2026-12-07T09:00:00Z"));
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"),
        MODEL.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    Api.Reply token = admin.post("/api/scim/tokens", MediaType.APPLICATION_JSON, Map.of("name", "Entra ID"));
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    entra = ScimClient.on(port, token.json().get("token").asString());
    assertThat(admin.put("/api/scim/departments", MediaType.APPLICATION_JSON,
        Map.of("mapping", Map.of("Sales", "sales"))).status()).isEqualTo(200);
  }

  @Test
  void entraIdsConversationGivesTheReportingLinesAndOneVersionPerFold() {
    long before = scimVersions();
    JsonNode alice = ok(entra.get("/Users?filter=" + filter("userName eq \"alice@contoso.com\"")));
    assertThat(alice.get("totalResults").asInt()).isEqualTo(1);
    assertThat(alice.get("Resources").get(0).get("id").asString()).as("linked to the imported person").isEqualTo("alice");
    for (String name : List.of("bob", "dana", "eve", "frank", "gina")) {
      assertThat(ok(entra.get("/Users?filter=" + filter("userName eq \"" + name + "@contoso.com\"")))
          .get("totalResults").asInt()).isZero();
      Api.Reply created = entra.post("/Users", entraUser(name, name.equals("gina") ? "Marketing" : "Sales"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.json().get("id").asString()).as("the external id, free, is the person's id").isEqualTo(name);
    }
    setManager("bob", "\"alice\"");
    setManager("dana", "{\"value\": \"bob\"}");
    setManager("eve", "\"bob\"");
    setManager("frank", "{\"value\": \"dana\"}");
    setManager("gina", "[{\"value\": \"dana\"}]");
    assertThat(manager(ok(entra.get("/Users/dana")))).as("read at once, before any fold").isEqualTo("bob");

    folder.tick();
    assertThat(scimVersions()).isEqualTo(before + 1);
    assertThat(person("bob")).isEqualTo(new Person("bob", "Bob Doe", "Engineer", "sales", "alice",
        "bob@contoso.com", null));
    assertThat(person("gina").team()).as("Marketing is not mapped: a new person has no team").isNull();
    assertThat(person("frank").manager()).isEqualTo("dana");
    assertThat(person("carl").manager()).as("untouched by SCIM").isEqualTo("alice");

    entra.patch("/Users/frank", patch("""
        {"op": "Replace", "path": "%s", "value": "eve"}""".formatted(MANAGER)));
    assertThat(manager(ok(entra.get("/Users/frank")))).isEqualTo("eve");
    folder.tick();
    assertThat(scimVersions()).as("within the batch: no version yet").isEqualTo(before + 1);
    clock.advance(Duration.ofMinutes(1));
    folder.tick();
    assertThat(scimVersions()).isEqualTo(before + 2);
    assertThat(person("frank").manager()).isEqualTo("eve");

    Api.Reply deactivated = entra.patch("/Users/dana", patch("""
        {"op": "Replace", "path": "active", "value": "False"}"""));
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    clock.advance(Duration.ofMinutes(1));
    folder.tick();
    assertThat(scimVersions()).isEqualTo(before + 3);
    assertThat(current.diagnosis().personInModel("dana")).isEmpty();
    assertThat(person("gina").manager()).as("dana's report reports to dana's manager").isEqualTo("bob");
    assertThat(organizations.latestVersions(1).get(0)).extracting(ModelVersion::importedBy, ModelVersion::format)
        .containsExactly("SCIM", "scim");

    clock.advance(Duration.ofMinutes(1));
    folder.tick();
    assertThat(scimVersions()).as("nothing changed since: no version").isEqualTo(before + 3);
  }

  @Test
  void aManagerThatWouldMakeACycleIsRefusedAndNothingIsStored() {
    entra.post("/Users", entraUser("hugo", "Sales"));
    entra.post("/Users", entraUser("ines", "Sales"));
    setManager("ines", "\"hugo\"");
    Api.Reply refused = entra.patch("/Users/hugo", patch("""
        {"op": "Add", "path": "%s", "value": "ines"}""".formatted(MANAGER)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("scimType").asString()).isEqualTo("invalidValue");
    assertThat(refused.json().get("schemas").get(0).asString())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(ok(entra.get("/Users/hugo")).has(ScimAttributes.ENTERPRISE + ":manager")).isFalse();
    assertThat(manager(ok(entra.get("/Users/hugo")))).isNull();
    assertThat(entra.patch("/Users/hugo", patch("""
        {"op": "Replace", "path": "%s", "value": "hugo"}""".formatted(MANAGER))).status()).isEqualTo(400);

    JsonNode removed = ok(entra.patch("/Users/ines", patch("""
        {"op": "Remove", "path": "%s"}""".formatted(MANAGER))));
    assertThat(manager(removed)).as("Entra ID removes a manager").isNull();
  }

  @Test
  void withoutAValidTokenScimAnswers401InItsFormat() {
    Api.Reply wrong = entra.authorizedAs("Bearer not-a-token").get("/Users");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("status").asString()).isEqualTo("401");
    assertThat(entra.authorizedAs(null).get("/ServiceProviderConfig").status()).isEqualTo(401);
    String basic = "Basic " + Base64.getEncoder().encodeToString(
        ("admin:" + ApiTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(entra.authorizedAs(basic).get("/Users").status()).as("an admin's password opens no SCIM").isEqualTo(401);

    Api.Reply made = admin.post("/api/scim/tokens", MediaType.APPLICATION_JSON, Map.of("name", "Okta"));
    ScimClient okta = ScimClient.on(port, made.json().get("token").asString());
    assertThat(okta.get("/ServiceProviderConfig").status()).isEqualTo(200);
    assertThat(admin.get("/api/scim/tokens").body()).contains("Okta").doesNotContain(made.json().get("token").asString());
    assertThat(admin.delete("/api/scim/tokens/" + made.json().get("id").asLong()).status()).isEqualTo(204);
    assertThat(okta.get("/ServiceProviderConfig").status()).as("revoked").isEqualTo(401);
  }

  @Test
  void usersAreFoundByUserNameAndByExternalId() {
    entra.post("/Users", entraUser("jules", "Sales"));
    JsonNode byName = ok(entra.get("/Users?filter=" + filter("userName eq \"JULES@contoso.com\"")));
    assertThat(byName.get("totalResults").asInt()).isEqualTo(1);
    JsonNode byExternal = ok(entra.get("/Users?filter=" + filter("externalId eq \"jules\"")));
    assertThat(byExternal.get("Resources").get(0).get("userName").asString()).isEqualTo("jules@contoso.com");
    assertThat(entra.get("/Users?filter=" + filter("title eq \"x\"")).json().get("scimType").asString())
        .isEqualTo("invalidFilter");
    assertThat(entra.post("/Users", entraUser("jules", "Sales")).json().get("scimType").asString())
        .isEqualTo("uniqueness");
  }

  @Test
  void oktasPatchDeactivatesAndReactivates() {
    entra.post("/Users", entraUser("kim", "Sales"));
    JsonNode off = ok(entra.patch("/Users/kim", """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "replace", "value": {"active": false}}]}"""));
    assertThat(off.get("active").asBoolean()).isFalse();
    JsonNode on = ok(entra.patch("/Users/kim", """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "replace", "value": {"active": true, "name.givenName": "Kimberly"}}]}"""));
    assertThat(on.get("active").asBoolean()).isTrue();
    assertThat(on.get("name").get("givenName").asString()).isEqualTo("Kimberly");
    JsonNode replaced = ok(entra.send(HttpMethod.PUT, "/Users/kim", """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "kim@contoso.com",
         "name": {"givenName": "Kim", "familyName": "Lee"}, "title": "Buyer", "active": true}"""));
    assertThat(replaced.get("displayName").asString()).as("Okta's PUT replaces the whole user").isEqualTo("Kim Lee");
    assertThat(replaced.get("title").asString()).isEqualTo("Buyer");
    assertThat(replaced.has("emails")).isFalse();
    assertThat(entra.send(HttpMethod.DELETE, "/Users/kim", null).status()).isEqualTo(204);
    assertThat(entra.get("/Users/kim").status()).isEqualTo(404);
  }

  @Test
  void anAdminMapsAnUnmappedDepartmentOnThePage() {
    entra.post("/Users", entraUser("lena", "Legal"));
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    String page = browser.get("/provisioning", "text/html").body();
    assertThat(page).contains("Legal").contains("<option value=\"sales\">Sales</option>")
        .as("a team without a name is offered by its id").contains("<option value=\"ops\">ops</option>");
    Api.Reply saved = browser.postForm("/provisioning/departments",
        Map.of("department", "Legal", "team", "sales", "_csrf", Api.csrfToken(page)));
    assertThat(saved.status()).isEqualTo(302);
    JsonNode departments = admin.get("/api/scim/departments").json();
    assertThat(departments.get("mapping").get("Legal").asString()).isEqualTo("sales");
    assertThat(departments.get("unmapped").toString()).doesNotContain("Legal");
    assertThat(admin.put("/api/scim/departments", MediaType.APPLICATION_JSON,
        Map.of("mapping", Map.of("Sales", "no-such-team"))).status()).isEqualTo(422);
  }

  private void setManager(String user, String value) {
    Api.Reply patched = entra.patch("/Users/" + user, patch("""
        {"op": "Add", "path": "%s", "value": %s}""".formatted(MANAGER, value)));
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
  }

  /** A user as Entra ID's documentation creates one. */
  private static String entraUser(String name, String department) {
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "externalId": "%1$s",
         "userName": "%1$s@contoso.com",
         "active": true,
         "displayName": "%2$s Doe",
         "title": "Engineer",
         "emails": [{"primary": true, "type": "work", "value": "%1$s@contoso.com"}],
         "meta": {"resourceType": "User"},
         "name": {"formatted": "%2$s Doe", "familyName": "Doe", "givenName": "%2$s"},
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "%3$s"},
         "roles": []}""".formatted(name, capitalised, department);
  }

  private static String patch(String operation) {
    return """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [%s]}""".formatted(operation);
  }

  /** A filter as the query carries it: the client encodes its spaces and quotes. */
  private static String filter(String filter) {
    return filter;
  }

  private static String manager(JsonNode user) {
    JsonNode manager = user.path(ScimAttributes.ENTERPRISE).path("manager").path("value");
    return manager.isMissingNode() ? null : manager.asString();
  }

  private Person person(String id) {
    return current.diagnosis().personInModel(id).orElseThrow();
  }

  private long scimVersions() {
    return organizations.versions().stream().filter(version -> version.importedBy().equals("SCIM")).count();
  }

  private static JsonNode ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }
}
