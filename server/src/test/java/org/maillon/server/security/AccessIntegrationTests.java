package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Who may do what over HTTP: 401 without a valid sign-in, 403 beyond one's role, as problem details. */
@ApiTest
class AccessIntegrationTests {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final String MEMBER_PERSON = "p-0058";
  static final String PASSWORD = "a password long enough";

  @LocalServerPort int port;
  @Autowired UserService users;
  Api anonymous;
  Api admin;
  Api manager;
  Api member;

  @BeforeEach
  void usersOfEachRoleAndTheSme() {
    anonymous = Api.on(port);
    admin = anonymous.as("admin", ApiTest.ADMIN_PASSWORD);
    manager = anonymous.as("test-manager", PASSWORD);
    member = anonymous.as("test-member", PASSWORD);
    if (users.all().stream().noneMatch(u -> u.username().equals("test-manager"))) {
      users.create("test-manager", PASSWORD, Role.MANAGER, null);
      users.create("test-member", PASSWORD, Role.MEMBER, MEMBER_PERSON);
    }
    assertThat(admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")).status()).isEqualTo(201);
  }

  @Test
  void withoutCredentialsTheApiAnswers401AsAProblem() {
    Reply reply = anonymous.get("/api/diagnosis");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    assertThat(reply.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void aWrongPasswordIs401() {
    assertThat(anonymous.as("admin", "not the password").get("/api/model/versions").status()).isEqualTo(401);
  }

  @Test
  void aMemberCannotImport() {
    String versions = admin.get("/api/model/versions").body();

    Reply reply = member.post("/api/model", YAML, ExampleModels.bytes("legion.yaml"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(admin.get("/api/model/versions").body()).isEqualTo(versions);
  }

  @Test
  void onlyAdminsImport() {
    assertThat(manager.post("/api/model", YAML, ExampleModels.bytes("legion.yaml")).status()).isEqualTo(403);
  }

  @Test
  void aMemberSeesTheirOwnPlaceTeamCardsAndTheSummaryOnly() {
    Reply own = member.get("/api/people/" + MEMBER_PERSON);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("id").asString()).isEqualTo(MEMBER_PERSON);
    assertThat(own.json().get("hopsToCustomer").asInt()).isEqualTo(1);
    assertThat(own.json().get("team").get("id").asString()).isEqualTo("ventes-magasins");
    assertThat(own.json().get("chainToCustomer").get(1).get("id").asString()).isEqualTo("particuliers");
    assertThat(own.json().get("managers").size()).isEqualTo(own.json().get("depth").asInt());

    assertThat(member.get("/api/people/p-0001").status()).isEqualTo(403);
    Reply team = member.get("/api/teams/ventes-magasins");
    assertThat(team.status()).isEqualTo(200);
    assertThat(team.json().get("kind").asString()).isEqualTo("front-line");
    assertThat(team.json().get("finalCustomers").toString()).contains("particuliers");
    assertThat(member.get("/api/diagnosis?summary=true").status()).isEqualTo(200);
    assertThat(member.get("/api/diagnosis").status()).isEqualTo(403);
    assertThat(member.get("/api/model").status()).isEqualTo(403);
    assertThat(member.get("/api/model/versions").status()).isEqualTo(403);
    assertThat(member.get("/api/users").status()).isEqualTo(403);
  }

  @Test
  void aManagerSeesEveryoneButNotTheUsers() {
    Reply person = manager.get("/api/people/p-0001");
    assertThat(person.status()).isEqualTo(200);
    assertThat(person.json().get("depth").asInt()).isNotNegative();
    assertThat(manager.get("/api/diagnosis").status()).isEqualTo(200);
    assertThat(manager.get("/api/model", "application/yaml").status()).isEqualTo(200);
    assertThat(manager.get("/api/users").status()).isEqualTo(403);
  }

  @Test
  void unknownIdsAre404Problems() {
    Reply person = manager.get("/api/people/nobody-here");
    assertThat(person.status()).isEqualTo(404);
    assertThat(person.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    Reply team = member.get("/api/teams/no-such-team");
    assertThat(team.status()).isEqualTo(404);
    assertThat(team.json().get("detail").asString()).contains("no-such-team");
  }

  @Test
  void anAdminCreatesUsersWhoCanThenSignIn() {
    String name = "created-" + System.nanoTime();
    Reply created = admin.post("/api/users", MediaType.APPLICATION_JSON,
        Map.of("username", name, "password", PASSWORD, "role", "member", "personId", MEMBER_PERSON));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("bcrypt");
    assertThat(anonymous.as(name, PASSWORD).get("/api/people/" + MEMBER_PERSON).status()).isEqualTo(200);
    assertThat(admin.get("/api/users").body()).contains(name).doesNotContain("bcrypt");
  }

  @Test
  void aUserWithAShortPasswordOrANameTooLongIsRejectedOnEachFieldAndNotCreated() {
    Reply reply = admin.post("/api/users?lang=fr", MediaType.APPLICATION_JSON,
        Map.of("username", "u".repeat(101), "password", "short", "role", "member", "personId", "p".repeat(201)));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    Map<String, String> problems = new TreeMap<>();
    reply.json().get("errors").forEach(e -> problems.put(e.get("field").asString(), e.get("message").asString()));
    assertThat(problems).containsExactly(Map.entry("password", "De 8 à 72 caractères."),
        Map.entry("personId", "200 caractères au plus."), Map.entry("username", "100 caractères au plus."));
    assertThat(admin.get("/api/users").body()).doesNotContain("u".repeat(101));
  }

  @Test
  void theApiDocumentationIsOpen() {
    Reply openApi = anonymous.get("/api/openapi");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/diagnosis").contains("/api/model");
    Reply docs = anonymous.get("/api/docs");
    assertThat(docs.status()).isEqualTo(302);
    Reply swaggerUi = anonymous.get(docs.headers().getLocation().getPath());
    assertThat(swaggerUi.status()).isEqualTo(200);
    assertThat(swaggerUi.body()).containsIgnoringCase("swagger");
  }
}
