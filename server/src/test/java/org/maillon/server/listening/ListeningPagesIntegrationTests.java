package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.server.listening.ListeningFixture.CUSTOMER;
import static org.maillon.server.listening.ListeningFixture.NOT_A_CUSTOMER;
import static org.maillon.server.listening.ListeningFixture.PASSWORD;
import static org.maillon.server.listening.ListeningFixture.TEAM;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The listening pages over HTTP: who sees which form, what a form records, and the answer page's statuses. */
@ApiTest
class ListeningPagesIntegrationTests {

  static final String HTML = "text/html";

  @LocalServerPort int port;
  ListeningFixture fixture;

  @BeforeEach
  void importTheSmeAndCreateUsers() {
    fixture = new ListeningFixture(port);
  }

  @Test
  void aManagerCreatesACampaignAndItsLinksFromThePages() {
    Api manager = Api.signedIn(port, fixture.managerName, PASSWORD);
    String form = manager.get("/listening/campaigns?team=" + TEAM + "&lang=en", HTML).body();
    assertThat(form).contains("id=\"campaign-form\"").contains("value=\"" + CUSTOMER + "\"");

    Reply rejected = manager.postForm("/listening/campaigns", Map.of("team", TEAM, "customers", NOT_A_CUSTOMER,
        "types", "nps", "cadenceDays", "30", "anonymityThreshold", "5", "_csrf", Api.csrfToken(form)));
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.body()).contains("id=\"campaign-errors\"").contains("is not a customer of");

    Reply created = manager.postForm("/listening/campaigns", Map.of("team", TEAM, "customers", CUSTOMER,
        "types", "nps", "cadenceDays", "30", "anonymityThreshold", "5", "_csrf", Api.csrfToken(form)));
    assertThat(created.status()).isEqualTo(302);
    String campaign = created.headers().getLocation().getPath();
    String page = manager.get(campaign, HTML).body();
    assertThat(page).contains("id=\"invite-form\"").contains("recommend");

    Reply links = manager.postForm(campaign + "/invitations", Map.of("customer", CUSTOMER, "count", "3",
        "_csrf", Api.csrfToken(page)));
    assertThat(links.status()).isEqualTo(200);
    assertThat(links.body().split("class=\"survey-link\"")).hasSize(4);
    assertThat(manager.get(campaign, HTML).body()).doesNotContain("survey-link");
  }

  @Test
  void aMemberReadsCampaignsButCreatesNone() {
    Api member = Api.signedIn(port, fixture.memberName, PASSWORD);
    fixture.campaign();

    String page = member.get("/listening/campaigns", HTML).body();

    assertThat(page).contains("id=\"campaigns\"").doesNotContain("id=\"new-campaign\"");
    assertThat(member.postForm("/listening/campaigns", Map.of("team", TEAM, "customers", CUSTOMER,
        "_csrf", Api.csrfToken(page))).status()).isEqualTo(403);
    assertThat(member.get("/listening/campaigns/999999", HTML).status()).isEqualTo(404);
  }

  @Test
  void aMemberLogsAConversationOfTheirTeamShownEscaped() {
    Api member = Api.signedIn(port, fixture.memberName, PASSWORD);
    String page = member.get("/listening/conversations", HTML).body();
    assertThat(page).contains("id=\"conversation-form\"").contains("value=\"" + TEAM + "\"");

    Reply logged = member.postForm("/listening/conversations", Map.of("team", TEAM, "customer", CUSTOMER,
        "participants", "<b>Anne</b>", "notes", "", "heldAt", "", "_csrf", Api.csrfToken(page)));

    assertThat(logged.status()).isEqualTo(302);
    assertThat(member.get("/listening/conversations", HTML).body()).contains("&lt;b&gt;Anne&lt;/b&gt;")
        .doesNotContain("<b>Anne</b>");
  }

  @Test
  void aConversationTooLongIsShownNextToItsFieldsInTheReadersLanguage() {
    Api member = Api.signedIn(port, fixture.memberName, PASSWORD);
    String page = member.get("/listening/conversations", HTML).body();
    Map<String, String> tooLong = Map.of("team", TEAM, "customer", CUSTOMER, "participants", "a".repeat(1001),
        "notes", "n".repeat(4001), "heldAt", "", "_csrf", Api.csrfToken(page));

    Reply english = member.postForm("/listening/conversations?lang=en", tooLong);
    Reply french = member.postForm("/listening/conversations?lang=fr", tooLong);

    assertThat(english.status()).isEqualTo(422);
    assertThat(english.body()).contains("id=\"participants-error\">At most 1000 characters.</div>")
        .contains("id=\"notes-error\">At most 4000 characters.</div>").doesNotContain("id=\"conversation-errors\"");
    assertThat(french.body()).contains("id=\"participants-error\">1000 caractères au plus.</div>");
    assertThat(member.get("/listening/conversations", HTML).body()).doesNotContain("a".repeat(1001));
  }

  @Test
  void theAnswerPageIsPublicUsedOnceAndSays404ForAnUnknownLink() {
    String token = fixture.tokens(fixture.campaign(), 1).get(0);
    Api respondent = Api.browser(port);
    Reply form = respondent.get("/r/" + token, HTML, "Accept-Language", "fr-FR");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Ventes en magasin aimerait avoir votre avis");

    Reply sent = respondent.postForm("/r/" + token, Map.of("q0", "10", "q2", "Parfait",
        "_csrf", Api.csrfToken(form.body())));

    assertThat(sent.status()).isEqualTo(200);
    assertThat(sent.body()).contains("id=\"survey-thanks\"");
    assertThat(respondent.get("/r/" + token, HTML).status()).isEqualTo(409);
    assertThat(Api.on(port).get("/r/unknown", HTML).status()).isEqualTo(404);
  }
}
