package org.maillon.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.valuechain.ValueChainIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The customer cards over HTTP on the demo SME: who the customers are, adding entries (who may,
 * what is rejected), and freshness and coverage as the clock moves. Tests share the database with
 * other classes, so they compare with what was there before them and move the clock far ahead,
 * where every earlier entry is old.
 */
@ApiTest
class CustomerApiIntegrationTests {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final String PASSWORD = "a password long enough";
  static final String SHOPS = "ventes-magasins";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired CurrentOrganization current;
  @Autowired MutableClock clock;
  @Autowired CustomerKnowledge knowledge;
  @Autowired CustomerCards cards;
  Api admin;
  Api member;
  String memberPerson;

  @BeforeEach
  void theSmeAndAMemberOfTheShops() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")).status()).isEqualTo(201);
    memberPerson = current.diagnosis().team(SHOPS).orElseThrow().members().get(0);
    if (users.all().stream().noneMatch(u -> u.username().equals("shops-member"))) {
      users.create("shops-member", PASSWORD, Role.MEMBER, memberPerson);
    }
    member = Api.on(port).as("shops-member", PASSWORD);
  }

  @AfterEach
  void backToNow() {
    clock.set(Instant.now());
  }

  @Test
  void everyFinalCustomerAndEveryTeamWithASupplierIsACustomer() {
    Diagnosis diagnosis = current.diagnosis();
    ValueChainIndex chain = ValueChainIndex.of(diagnosis);
    List<String> expected = new ArrayList<>();
    diagnosis.model().customers().forEach(c -> expected.add(c.id()));
    chain.teams().stream().filter(t -> !chain.suppliers(t.id()).isEmpty()).forEach(t -> expected.add(t.id()));

    JsonNode customers = member.get("/api/customers").json();

    List<String> ids = new ArrayList<>();
    customers.forEach(c -> ids.add(c.get("id").asString()));
    assertThat(ids).containsExactlyElementsOf(expected);
    JsonNode retail = customers.get(0);
    assertThat(retail.get("kind").asString()).isEqualTo("final");
    assertThat(retail.get("name").asString()).isEqualTo("Particuliers (magasins)");
    assertThat(retail.get("lastEntries").propertyNames()).containsExactly("opinions", "projects", "stakes", "needs");
    assertThat(retail.get("suppliers").toString()).contains("ventes-magasins", "pose-sav");
    assertThat(customers.get(diagnosis.model().customers().size()).get("kind").asString()).isEqualTo("team");
  }

  @Test
  void aCardIsFreshWhileEachFacetHasAnEntryYoungerThan180Days() {
    clock.set(Instant.parse("2200-01-01T12:00:00Z"));
    LocalDate today = LocalDate.of(2200, 1, 1);
    Coverage before = coverage(admin.get("/api/knowledge/coverage").json().get("organisation"));
    for (String facet : List.of("opinions", "projects", "stakes")) {
      assertThat(add(admin, "promoteurs", facet, today.minusDays(179).toString()).status()).isEqualTo(201);
    }
    assertThat(add(admin, "promoteurs", "needs", today.minusDays(181).toString()).status()).isEqualTo(201);
    assertThat(card("promoteurs").get("fresh").asBoolean()).as("needs is 181 days old").isFalse();

    assertThat(add(admin, "promoteurs", "needs", today.minusDays(179).toString()).status()).isEqualTo(201);

    JsonNode card = card("promoteurs");
    assertThat(card.get("fresh").asBoolean()).isTrue();
    assertThat(card.get("facets").get("needs").get(0).get("date").asString()).isEqualTo("2199-07-06");
    assertThat(card.get("facets").get("needs").get(1).get("date").asString()).isEqualTo("2199-07-04");
    assertThat(coverage(admin.get("/api/knowledge/coverage").json().get("organisation")))
        .isEqualTo(Coverage.of(before.fresh() + 1, before.total()));
    JsonNode keyAccounts = team(admin.get("/api/knowledge/coverage").json(), "grands-comptes");
    assertThat(keyAccounts.get("coverage").propertyNames()).containsExactly("fresh", "total", "share");
    assertThat(coverage(keyAccounts.get("coverage"))).isEqualTo(Coverage.of(1, 1));
    assertThat(knowledge.teamCoverage("grands-comptes")).contains(Coverage.of(1, 1));
    assertThat(knowledge.organizationCoverage()).isEqualTo(Coverage.of(before.fresh() + 1, before.total()));
    assertThat(knowledge.teamCoverage("promoteurs")).as("a final customer is no team").isEmpty();

    clock.advance(Duration.ofDays(1));
    assertThat(card("promoteurs").get("fresh").asBoolean()).as("180 days old: too old").isFalse();
    assertThat(coverage(admin.get("/api/knowledge/coverage").json().get("organisation"))).isEqualTo(before);
  }

  @Test
  void anEntryIsRecordedWithItsAuthorAndTodayByDefault() {
    Reply reply = member.post("/api/customers/particuliers/card/entries", MediaType.APPLICATION_JSON,
        Map.of("facet", "opinions", "text", "  Want shorter delivery times  ", "source", "visit"));

    assertThat(reply.status()).isEqualTo(201);
    JsonNode entry = reply.json();
    assertThat(entry.get("author").asString()).isEqualTo("shops-member");
    assertThat(entry.get("text").asString()).isEqualTo("Want shorter delivery times");
    assertThat(entry.get("facet").asString()).isEqualTo("opinions");
    assertThat(entry.get("source").asString()).isEqualTo("visit");
    assertThat(entry.get("date").asString()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(entry.get("recordedAt").asString()).isNotBlank();
    assertThat(reply.headers().getLocation()).hasToString("/api/customers/particuliers/card");
    JsonNode newest = card("particuliers").get("facets").get("opinions").get(0);
    assertThat(newest.get("id").asLong()).isEqualTo(entry.get("id").asLong());
  }

  @Test
  void aRejectedEntryListsEveryProblemAndRecordsNothing() {
    String before = admin.get("/api/customers/professionnels/card").body();

    Reply reply = admin.post("/api/customers/professionnels/card/entries", MediaType.APPLICATION_JSON,
        Map.of("facet", "wishes", "text", "", "source", "rumour", "date", "2999-01-01"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("facet", "text", "source", "date");
    Reply malformed = admin.post("/api/customers/professionnels/card/entries", MediaType.APPLICATION_JSON,
        Map.of("facet", "needs", "text", "x".repeat(4001), "source", "survey", "date", "yesterday"));
    assertThat(malformed.status()).isEqualTo(422);
    assertThat(malformed.json().get("errors").toString()).contains("too-long", "malformed");
    assertThat(admin.get("/api/customers/professionnels/card").body()).isEqualTo(before);
  }

  @Test
  void aMemberAddsOnlyToTheCardsOfTheirTeamsCustomers() {
    String before = admin.get("/api/customers/promoteurs/card").body();

    Reply reply = add(member, "promoteurs", "stakes", null);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(admin.get("/api/customers/promoteurs/card").body()).isEqualTo(before);
    assertThat(member.get("/api/customers/promoteurs/card").status()).as("but reads it").isEqualTo(200);
    assertThat(add(member, "finance", "stakes", null).status()).as("an internal customer of the shops")
        .isEqualTo(201);
  }

  @Test
  void anUnknownCustomerIs404() {
    assertThat(admin.get("/api/customers/nobody/card").status()).isEqualTo(404);
    assertThat(add(admin, "nobody", "needs", null).status()).isEqualTo(404);
    assertThat(admin.get("/api/customers/panneaux-du-maine/card").status()).as("a partner is no customer").isEqualTo(404);
  }

  @Test
  void aCollaboratorSeesTheirTeamsCustomersAndCoverage() {
    JsonNode mine = member.get("/api/people/" + memberPerson + "/customers").json();

    assertThat(mine.get("team").asString()).isEqualTo(SHOPS);
    List<String> ids = new ArrayList<>();
    mine.get("customers").forEach(c -> ids.add(c.get("id").asString()));
    assertThat(ids).containsExactlyElementsOf(ValueChainIndex.of(current.diagnosis()).customers(SHOPS));
    assertThat(mine.get("coverage").get("total").asInt()).isEqualTo(ids.size());
    assertThat(knowledge.collaboratorCoverage(memberPerson)).contains(coverage(mine.get("coverage")));
    assertThat(member.get("/api/people/" + current.diagnosis().hierarchy().tops().get(0) + "/customers").status())
        .isEqualTo(403);
  }

  @Test
  void theFreshnessAndTheCoverageAreKeptWhileTheModelTheCardsAndTheDayAreTheSame() {
    clock.set(Instant.parse("2200-03-01T08:00:00Z"));
    CustomerCards.Overview kept = cards.overview();
    List<CustomerCards.Status> customers = cards.customers();
    clock.set(Instant.parse("2200-03-01T20:00:00Z"));
    assertThat(cards.overview()).isSameAs(kept);
    assertThat(cards.customers()).isSameAs(customers);

    assertThat(add(admin, "professionnels", "needs", "2000-01-01").status()).as("too old to freshen any card")
        .isEqualTo(201);
    CustomerCards.Overview added = cards.overview();
    assertThat(added).isNotSameAs(kept);
    assertThat(cards.customers()).isNotSameAs(customers);
    assertThat(cards.overview()).isSameAs(added);

    clock.set(Instant.parse("2200-03-02T08:00:00Z"));
    assertThat(cards.overview()).as("the next day, cards may have gone stale").isNotSameAs(added);
  }

  private Reply add(Api api, String customer, String facet, String date) {
    Map<String, String> body = new HashMap<>(Map.of("facet", facet, "text", "Noted on " + facet,
        "source", "conversation"));
    if (date != null) {
      body.put("date", date);
    }
    return api.post("/api/customers/" + customer + "/card/entries", MediaType.APPLICATION_JSON, body);
  }

  private JsonNode card(String customer) {
    return admin.get("/api/customers/" + customer + "/card").json();
  }

  private static Coverage coverage(JsonNode node) {
    return Coverage.of(node.get("fresh").asInt(), node.get("total").asInt());
  }

  private static JsonNode team(JsonNode overview, String id) {
    for (JsonNode team : overview.get("teams")) {
      if (team.get("team").asString().equals(id)) {
        return team;
      }
    }
    throw new AssertionError("No team " + id);
  }
}
