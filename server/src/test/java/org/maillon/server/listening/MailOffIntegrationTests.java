package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Without an SMTP server nothing is sent: the API refuses to invite by email, the pages say so. */
@ApiTest
class MailOffIntegrationTests {

  @LocalServerPort int port;

  @Test
  void invitingByEmailIsRefusedAndNothingIsCreated() {
    ListeningFixture fixture = new ListeningFixture(port);
    long campaign = fixture.campaign();

    Api.Reply reply = fixture.manager.post("/api/campaigns/" + campaign + "/invitations?lang=fr",
        MediaType.APPLICATION_JSON, Map.of("contacts", List.of(Map.of("email", "a@example.org", "language", "fr",
            "customer", ListeningFixture.CUSTOMER))));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("errors").get(0).get("code").asString()).isEqualTo("mailOff");
    assertThat(reply.json().get("errors").get(0).get("message").asString())
        .isEqualTo("L’envoi de courriels n’est pas configuré sur ce serveur : les invitations ne peuvent pas partir par courriel.".replace('’', '\''));
    assertThat(fixture.manager.get("/api/campaigns/" + campaign).json().get("invitations").get("sent").asInt()).isZero();
  }

  @Test
  void theCampaignPageTheCustomerCardAndTheOutboxSayEmailIsNotSetUp() {
    ListeningFixture fixture = new ListeningFixture(port);
    long campaign = fixture.campaign();

    Api manager = Api.signedIn(port, fixture.managerName, ListeningFixture.PASSWORD);
    assertThat(manager.get("/listening/campaigns/" + campaign + "?lang=fr", "text/html").body())
        .contains("L&#39;envoi de courriels n&#39;est pas configuré sur ce serveur").doesNotContain("mail-form");
    assertThat(manager.get("/customers/" + ListeningFixture.CUSTOMER + "?lang=fr", "text/html").body())
        .contains("invite-no-mail").doesNotContain("invite-form");
    Api admin = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    assertThat(admin.get("/mail/outbox?lang=en", "text/html").body()).contains("Email is not set up on this server");
    assertThat(fixture.admin.get("/api/mail/outbox").json().get("enabled").asBoolean()).isFalse();
  }
}
