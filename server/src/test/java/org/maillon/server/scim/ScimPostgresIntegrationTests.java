package org.maillon.server.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.testing.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * SCIM's stores on PostgreSQL, as on SQLite: users written, found by name and external id,
 * deleted as tombstones, the change counter, the department map, tokens, and a fold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "maillon.scim.poll=P1D")
@Import(TestClockConfiguration.class)
class ScimPostgresIntegrationTests {

  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired ScimUsers users;
  @Autowired ScimDepartments departments;
  @Autowired ScimTokens tokens;
  @Autowired ScimFolder folder;
  @Autowired MutableClock clock;
  @Autowired JsonMapper json;

  @BeforeAll
  static void postgresCanStart() {
    EmbeddedPostgresServer.assumeAvailable();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresServer.newDatabase("maillon_scim");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void usersTokensDepartmentsAndAFold() {
    clock.set(Instant.parse("2026-12-07T09:00:00Z"));
    organizations.importModel("tiny.yaml", ScimProvisioningIntegrationTests.MODEL.getBytes(StandardCharsets.UTF_8),
        "admin", Locale.ENGLISH);
    users.create(json.readTree("""
        {"userName": "bob@contoso.com", "externalId": "bob", "displayName": "Bob",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Sales", "manager": "alice"}}"""));
    users.create(json.readTree("{\"userName\": \"zoe@contoso.com\", \"externalId\": \"zoe\"}"));
    users.delete("zoe");
    assertThat(users.byUserName("BOB@contoso.com")).extracting(ScimUser::id).containsExactly("bob");
    assertThat(users.byExternalId("bob")).hasSize(1);
    assertThat(users.count()).isEqualTo(1);
    assertThatThrownBy(() -> users.patch("alice", json.readTree("""
        {"Operations": [{"op": "add", "path": "manager", "value": "bob"}]}""")))
        .isInstanceOf(ScimException.class);
    departments.replace(Map.of("Sales", "sales"));
    assertThat(departments.departments().unmapped()).isEmpty();
    ScimTokens.NewToken token = tokens.create("Entra ID", "admin");
    assertThat(tokens.find(token.token())).isPresent();
    tokens.revoke(token.id());
    assertThat(tokens.find(token.token())).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    folder.tick();
    assertThat(current.diagnosis().personInModel("bob").orElseThrow().team()).isEqualTo("sales");
    assertThat(current.diagnosis().personInModel("zoe")).isEmpty();
    assertThat(organizations.latestVersions(1).get(0).importedBy()).isEqualTo("SCIM");
  }
}
