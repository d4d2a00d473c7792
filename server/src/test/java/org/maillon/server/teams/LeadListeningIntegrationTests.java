package org.maillon.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * A team's lead runs its listening and manages its customers' cards, on the demo SME: Antoine
 * (p-0052, member role) leads online sales ({@value #TEAM}, whose one customer is
 * {@value #CUSTOMER}); Océane (p-0005), his manager, leads it from above; a seller of the in-store
 * sales team (p-0058) leads nothing; another member is linked to no one. Logistics
 * ({@value #OTHER_TEAM}) and the property developers ({@value #OTHER_CUSTOMER}, served by key
 * accounts only) are another team's.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadListeningIntegrationTests {

  static final MediaType JSON = MediaType.APPLICATION_JSON;
  static final String HTML = "text/html";
  static final String PASSWORD = "a password long enough";
  static final String TEAM = "ventes-en-ligne";
  static final String CUSTOMER = "clients-web";
  static final String OTHER_TEAM = "logistique";
  static final String OTHER_TEAM_CUSTOMER = "pose-sav";
  static final String OTHER_CUSTOMER = "promoteurs";

  @LocalServerPort int port;
  Api admin;
  Api lead;
  Api leadAbove;
  Api seller;
  Api nobody;

  @BeforeAll
  void importTheSmeAndLinkMembers() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"))
        .status()).isEqualTo(201);
    lead = member("rights-lead", "p-0052");
    leadAbove = member("rights-lead-above", "p-0005");
    seller = member("rights-seller", "p-0058");
    nobody = member("rights-nobody", null);
  }

  private Api member(String username, String person) {
    Map<String, Object> user = person == null ? Map.of("username", username, "password", PASSWORD, "role", "member")
        : Map.of("username", username, "password", PASSWORD, "role", "member", "person", person);
    assertThat(admin.post("/api/users", JSON, user).status()).isEqualTo(201);
    return Api.on(port).as(username, PASSWORD);
  }

  @Test
  void theLeadRunsListeningForTheirTeamAndAddsToItsCustomersCard() {
    Reply campaign = createCampaign(lead, TEAM, CUSTOMER);
    assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
    assertThat(campaign.json().get("createdBy").asString()).isEqualTo("rights-lead");

    Reply invitations = lead.post("/api/campaigns/" + campaign.json().get("id").asLong() + "/invitations", JSON,
        Map.of("customer", CUSTOMER, "count", 2));
    assertThat(invitations.status()).as(invitations.body()).isEqualTo(201);
    assertThat(invitations.json().get("invitations")).hasSize(2);

    Reply conversation = logConversation(lead, TEAM, CUSTOMER);
    assertThat(conversation.status()).as(conversation.body()).isEqualTo(201);
    String id = conversation.json().get("id").asString();
    assertThat(lead.get("/api/conversations?team=" + TEAM).json().findValuesAsString("id")).contains(id);
    assertThat(lead.get("/api/conversations").json().findValuesAsString("id"))
        .as("their own team's when they ask for none").contains(id);

    Reply entry = addEntry(lead, CUSTOMER);
    assertThat(entry.status()).as(entry.body()).isEqualTo(201);
    assertThat(entry.json().get("author").asString()).isEqualTo("rights-lead");
    assertThat(admin.get("/api/customers/" + CUSTOMER + "/card").json().get("facets").get("needs")
        .findValuesAsString("author")).contains("rights-lead");
  }

  @Test
  void aLeadAboveRunsTheListeningOfTheTeamsLedBelowThem() {
    assertThat(createCampaign(leadAbove, TEAM, CUSTOMER).status()).isEqualTo(201);
    assertThat(logConversation(leadAbove, TEAM, CUSTOMER).status()).isEqualTo(201);
    assertThat(addEntry(leadAbove, CUSTOMER).status()).isEqualTo(201);
  }

  @Test
  void theLeadCanDoNoneOfItForAnotherTeamAndNothingChanges() {
    long otherCampaign = createCampaign(admin, OTHER_TEAM, OTHER_TEAM_CUSTOMER).json().get("id").asLong();
    int campaigns = admin.get("/api/campaigns?team=" + OTHER_TEAM).json().size();
    int conversations = admin.get("/api/conversations?team=" + OTHER_TEAM).json().size();
    String card = admin.get("/api/customers/" + OTHER_CUSTOMER + "/card").body();

    assertThat(createCampaign(lead, OTHER_TEAM, OTHER_TEAM_CUSTOMER).status()).isEqualTo(403);
    assertThat(lead.post("/api/campaigns/" + otherCampaign + "/invitations", JSON,
        Map.of("customer", OTHER_TEAM_CUSTOMER, "count", 2)).status()).isEqualTo(403);
    assertThat(logConversation(lead, OTHER_TEAM, OTHER_TEAM_CUSTOMER).status()).isEqualTo(403);
    assertThat(lead.get("/api/conversations?team=" + OTHER_TEAM).status()).isEqualTo(403);
    assertThat(addEntry(lead, OTHER_CUSTOMER).status()).isEqualTo(403);

    assertThat(admin.get("/api/campaigns?team=" + OTHER_TEAM).json().size()).isEqualTo(campaigns);
    assertThat(admin.get("/api/campaigns/" + otherCampaign).json().get("invitations").get("sent").asInt())
        .isZero();
    assertThat(admin.get("/api/conversations?team=" + OTHER_TEAM).json().size()).isEqualTo(conversations);
    assertThat(admin.get("/api/customers/" + OTHER_CUSTOMER + "/card").body()).isEqualTo(card);
  }

  @Test
  void aMemberLinkedToNoLeadCanDoNoneOfIt() {
    long campaign = createCampaign(admin, TEAM, CUSTOMER).json().get("id").asLong();
    for (Api member : List.of(seller, nobody)) {
      assertThat(createCampaign(member, TEAM, CUSTOMER).status()).isEqualTo(403);
      assertThat(createCampaign(member, "ventes-magasins", "particuliers").status())
          .as("not even for the team they belong to").isEqualTo(403);
      assertThat(member.post("/api/campaigns/" + campaign + "/invitations", JSON,
          Map.of("customer", CUSTOMER, "count", 2)).status()).isEqualTo(403);
      assertThat(logConversation(member, TEAM, CUSTOMER).status()).isEqualTo(403);
      assertThat(member.get("/api/conversations?team=" + TEAM).status()).isEqualTo(403);
      assertThat(addEntry(member, CUSTOMER).status()).isEqualTo(403);
    }
    assertThat(admin.get("/api/campaigns/" + campaign).json().get("invitations").get("sent").asInt()).isZero();
  }

  @Test
  void thePagesOfferTheFormsToTheLeadForTheirTeamOnly() {
    long own = createCampaign(admin, TEAM, CUSTOMER).json().get("id").asLong();
    long other = createCampaign(admin, OTHER_TEAM, OTHER_TEAM_CUSTOMER).json().get("id").asLong();
    Api leadPages = Api.signedIn(port, "rights-lead", PASSWORD);
    Api sellerPages = Api.signedIn(port, "rights-seller", PASSWORD);

    String campaigns = leadPages.get("/listening/campaigns?team=" + TEAM, HTML).body();
    assertThat(campaigns).contains("id=\"new-campaign\"").contains("id=\"campaign-form\"")
        .contains("<option value=\"" + TEAM + "\"").doesNotContain("<option value=\"" + OTHER_TEAM + "\"");
    assertThat(leadPages.get("/listening/campaigns?team=" + OTHER_TEAM, HTML).body())
        .doesNotContain("id=\"campaign-form\"");
    assertThat(sellerPages.get("/listening/campaigns", HTML).body()).doesNotContain("id=\"new-campaign\"");

    String ownCampaign = leadPages.get("/listening/campaigns/" + own, HTML).body();
    assertThat(ownCampaign).contains("id=\"invite-form\"");
    assertThat(leadPages.get("/listening/campaigns/" + other, HTML).body()).doesNotContain("id=\"invite-form\"");
    assertThat(sellerPages.get("/listening/campaigns/" + own, HTML).body()).doesNotContain("id=\"invite-form\"");
    Reply links = leadPages.postForm("/listening/campaigns/" + own + "/invitations",
        Map.of("customer", CUSTOMER, "count", "2", "_csrf", Api.csrfToken(ownCampaign)));
    assertThat(links.body().split("class=\"survey-link\"")).hasSize(3);
    assertThat(leadPages.postForm("/listening/campaigns/" + other + "/invitations",
        Map.of("customer", OTHER_TEAM_CUSTOMER, "count", "2", "_csrf", Api.csrfToken(ownCampaign))).status())
        .isEqualTo(403);

    String conversations = leadPages.get("/listening/conversations?team=" + OTHER_TEAM, HTML).body();
    assertThat(conversations).as("another team's pick falls back to their own")
        .contains("id=\"conversation-form\"").contains("name=\"team\" value=\"" + TEAM + "\"");
    assertThat(leadPages.get("/pick/teams?scope=led&q=" + TEAM, "application/json").json().findValuesAsString("id"))
        .as("a picker suggests only the teams its form lets one pick").containsExactly(TEAM);
    assertThat(leadPages.get("/pick/teams?scope=led&q=" + OTHER_TEAM, "application/json").json().isEmpty()).isTrue();
    assertThat(leadPages.get("/pick/teams?scope=any&q=" + OTHER_TEAM, "application/json").json().findValuesAsString("id"))
        .contains(OTHER_TEAM);
    assertThat(sellerPages.get("/pick/teams?scope=led&q=" + TEAM, "application/json").json().isEmpty()).isTrue();
    assertThat(leadPages.get("/pick/teams?scope=every&q=" + TEAM, "application/json").status()).isEqualTo(400);
    assertThat(leadPages.get("/customers/" + CUSTOMER, HTML).body()).contains("id=\"add-entry\"");
    assertThat(leadPages.get("/customers/" + OTHER_CUSTOMER, HTML).body()).doesNotContain("id=\"add-entry\"");
  }

  private static Reply createCampaign(Api user, String team, String customer) {
    return user.post("/api/campaigns", JSON, Map.of("team", team, "customers", List.of(customer)));
  }

  private static Reply logConversation(Api user, String team, String customer) {
    return user.post("/api/conversations", JSON,
        Map.of("team", team, "customer", customer, "participants", "Antoine et deux clients"));
  }

  private static Reply addEntry(Api user, String customer) {
    return user.post("/api/customers/" + customer + "/card/entries", JSON,
        Map.of("facet", "needs", "text", "Un créneau de livraison de deux heures", "source", "conversation"));
  }
}
