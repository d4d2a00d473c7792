package org.maillon.server.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The customer knowledge pages over HTTP, signed in through the form: the list, a card and its form
 * (rejected fields marked, nothing recorded; hidden and refused for a member of another team), "my
 * customers", and entries written as text, never as HTML.
 */
@ApiTest
class CustomerPagesIntegrationTests {

  static final String PASSWORD = "a password long enough";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired CurrentOrganization current;
  Api admin;

  @BeforeEach
  void theSme() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"))
        .status()).isEqualTo(201);
    if (users.all().stream().noneMatch(u -> u.username().equals("pages-shops-member"))) {
      users.create("pages-shops-member", PASSWORD, Role.MEMBER,
          current.diagnosis().team("ventes-magasins").orElseThrow().members().get(0));
      users.create("pages-no-person", PASSWORD, Role.MEMBER, null);
    }
  }

  @Test
  void theListShowsEveryCustomerAndTheCoverageInBothLanguages() {
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);

    Reply english = browser.get("/customers?lang=en", "text/html");
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body()).contains("Customer knowledge", "id=\"coverage-organisation\"",
        "data-customer=\"promoteurs\"", "Promoteurs immobiliers", "data-team=\"grands-comptes\"");
    Reply french = browser.get("/customers?lang=fr&q=promo", "text/html");
    assertThat(french.body()).contains("Connaissance client", "Promoteurs immobiliers")
        .doesNotContain("data-customer=\"particuliers\"");
  }

  @Test
  void anEntryShowsAsTextNeverAsHtml() {
    admin.post("/api/customers/clients-web/card/entries", MediaType.APPLICATION_JSON,
        Map.of("facet", "stakes", "text", "<script>alert('x')</script><b>bold</b>", "source", "document"));

    String page = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/customers/clients-web?lang=en", "text/html")
        .body();

    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<script>alert").doesNotContain("<b>bold");
  }

  @Test
  void aRejectedFormMarksEachFieldAndRecordsNothing() {
    String before = admin.get("/api/customers/professionnels/card").body();
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    String csrf = Api.csrfToken(browser.get("/customers/professionnels?lang=en", "text/html").body());

    Reply reply = browser.postForm("/customers/professionnels/entries?lang=en",
        Map.of("facet", "", "text", " ", "source", "rumour", "date", "2999-01-01", "_csrf", csrf));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body()).contains("id=\"rejected\"", "Required.", "Write what was learnt.",
        "Choose one of the list.", "Not after today.", "value=\"2999-01-01\"");
    assertThat(admin.get("/api/customers/professionnels/card").body()).isEqualTo(before);

    Reply added = browser.postForm("/customers/professionnels/entries",
        Map.of("facet", "projects", "text", "A showroom in Nantes", "source", "visit", "date", "", "_csrf", csrf));
    assertThat(added.status()).isEqualTo(302);
    assertThat(added.headers().getLocation().getPath()).isEqualTo("/customers/professionnels");
    assertThat(admin.get("/api/customers/professionnels/card").body()).contains("A showroom in Nantes");
  }

  @Test
  void aMemberOfAnotherTeamSeesTheCardWithoutTheFormAndCannotPost() {
    Api browser = Api.signedIn(port, "pages-shops-member", PASSWORD);
    String page = browser.get("/customers/promoteurs?lang=en", "text/html").body();
    assertThat(page).contains("id=\"add-denied\"").doesNotContain("id=\"add-entry\"");
    String csrf = Api.csrfToken(browser.get("/customers/particuliers", "text/html").body());
    assertThat(browser.get("/customers/particuliers", "text/html").body()).contains("id=\"add-entry\"");

    Reply reply = browser.postForm("/customers/promoteurs/entries",
        Map.of("facet", "needs", "text", "Not mine", "source", "visit", "_csrf", csrf));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(admin.get("/api/customers/promoteurs/card").body()).doesNotContain("Not mine");
  }

  @Test
  void myCustomersAreMyTeamsOrAHelpfulMessage() {
    String mine = Api.signedIn(port, "pages-shops-member", PASSWORD).get("/me/customers?lang=en", "text/html").body();
    assertThat(mine).contains("id=\"coverage-mine\"", "data-customer=\"particuliers\"", "data-customer=\"finance\"")
        .doesNotContain("data-customer=\"promoteurs\"");

    String noPerson = Api.signedIn(port, "pages-no-person", PASSWORD).get("/me/customers?lang=en", "text/html")
        .body();
    assertThat(noPerson).contains("id=\"no-person\"", "not linked to a person");
  }

  @Test
  void theOldPathOfMyCustomersLeadsThereUnlessACustomerHasTheIdMine() {
    Api browser = Api.signedIn(port, "pages-shops-member", PASSWORD);
    Reply old = browser.get("/customers/mine?lang=fr", "text/html");
    assertThat(old.status()).isEqualTo(302);
    assertThat(old.headers().getLocation()).hasPath("/me/customers").hasQuery("lang=fr");

    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), """
        organization: Mine Ltd
        customers:
          - id: mine
            name: The Mining Company
        teams:
          - id: sales
            name: Sales
            kind: front-line
        links:
          - from: sales
            to: mine
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(201);
    Reply card = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/customers/mine?lang=en", "text/html");
    assertThat(card.status()).isEqualTo(200);
    assertThat(card.body()).contains("The Mining Company").doesNotContain("id=\"coverage-mine\"");
    assertThat(browser.get("/customers", "text/html").body()).contains("href=\"/customers/mine\"");
  }

  @Test
  void anUnknownCustomerIs404() {
    assertThat(Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/customers/nobody", "text/html").status())
        .isEqualTo(404);
  }
}
