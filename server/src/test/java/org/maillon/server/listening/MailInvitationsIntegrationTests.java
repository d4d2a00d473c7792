package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Invitations and reminders through a real SMTP server (GreenMail, in this JVM): the messages are
 * read as a contact reads them, their links followed and answered, and the reminders counted under
 * a moved clock.
 */
@ApiTest
class MailInvitationsIntegrationTests {

  static final Pattern ANSWER_LINK = Pattern.compile("/r/([A-Za-z0-9_-]{43})");
  static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]{43})");

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestSmtp.register(registry, smtp);
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired MailInvitations invitations;
  @Autowired JdbcClient jdbc;
  ListeningFixture fixture;

  @BeforeEach
  void setUp() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    fixture = new ListeningFixture(port);
  }

  @Test
  void fiftyContactsGetTheirLinksAndOnlyThoseWhoDidNotAnswerAreReminded() throws Exception {
    long campaign = fixture.campaign();
    List<Map<String, String>> contacts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      contacts.add(Map.of("email", "contact" + i + "@example.org", "language", i % 2 == 0 ? "fr" : "en",
          "customer", ListeningFixture.CUSTOMER));
    }
    Api.Reply sent = fixture.manager.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("contacts", contacts));
    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.json().get("queued").asInt()).isEqualTo(50);

    Map<String, String> links = linksByRecipient(receive(50), ANSWER_LINK);
    assertThat(links).hasSize(50);
    assertThat(links.values()).doesNotHaveDuplicates();
    assertThat(subjectOf("contact0@example.org")).contains("votre avis");
    assertThat(subjectOf("contact1@example.org")).contains("your opinion");
    for (int i = 0; i < 20; i++) {
      String token = links.get("contact" + i + "@example.org");
      assertThat(fixture.anonymous.get("/r/" + token, "text/html").status()).isEqualTo(200);
      assertThat(fixture.anonymous.post("/api/responses/" + token, MediaType.APPLICATION_JSON,
          ResponseApiIntegrationTests.ANSWERS).status()).isEqualTo(201);
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_contacts WHERE campaign_id = ? AND used = 1"
        + " AND invitation_id IS NULL").param(campaign).query(Integer.class).single())
        .as("an answered contact keeps only that its link was used").isEqualTo(20);

    smtp.purgeEmailFromAllMailboxes();
    clock.advance(Duration.ofDays(4));
    assertThat(invitations.remindDue()).as("before the delay").isZero();
    clock.advance(Duration.ofDays(2));
    assertThat(invitations.remindDue()).isEqualTo(30);
    MimeMessage[] reminders = receive(30);
    Map<String, String> reminded = linksByRecipient(reminders, ANSWER_LINK);
    assertThat(reminded.keySet()).allSatisfy(to -> assertThat(Integer.parseInt(to.replaceAll("\\D", ""))).isBetween(20, 49));
    assertThat(fixture.anonymous.get("/r/" + reminded.get("contact20@example.org"), "text/html").status()).isEqualTo(200);
    assertThat(fixture.anonymous.get("/r/" + links.get("contact20@example.org"), "text/html").status())
        .as("a reminder's link replaces the invitation's").isEqualTo(404);

    unsubscribe(linksByRecipient(reminders, UNSUBSCRIBE_LINK).get("contact21@example.org"));
    smtp.purgeEmailFromAllMailboxes();
    clock.advance(Duration.ofDays(6));
    assertThat(invitations.remindDue()).as("the unsubscribed contact is left out").isEqualTo(29);
    assertThat(linksByRecipient(receive(29), ANSWER_LINK)).doesNotContainKey("contact21@example.org");

    clock.advance(Duration.ofDays(30));
    assertThat(invitations.remindDue()).as("at most two reminders each").isZero();
    assertThat(fixture.manager.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("contacts", List.of(Map.of("email", "Contact21@example.org", "language", "fr", "customer",
            ListeningFixture.CUSTOMER)))).json().get("unsubscribed").toString())
        .as("no new invitation to an unsubscribed address").isEqualTo("[\"contact21@example.org\"]");
  }

  @Test
  void noReminderGoesOutOnceTheCampaignHasClosed() throws Exception {
    long campaign = fixture.manager.post("/api/campaigns", MediaType.APPLICATION_JSON, Map.of("team",
        ListeningFixture.TEAM, "customers", List.of(ListeningFixture.CUSTOMER), "remindAfterDays", 2,
        "closesAt", clock.instant().plus(Duration.ofDays(3)).toString())).json().get("id").asLong();
    fixture.manager.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("contacts", List.of(Map.of("email", "late@example.org", "language", "en", "customer",
            ListeningFixture.CUSTOMER))));
    receive(1);

    clock.advance(Duration.ofDays(2));
    assertThat(invitations.remindDue()).as("two days after, before it closes").isEqualTo(1);
    clock.advance(Duration.ofDays(2));
    assertThat(invitations.remindDue()).as("closed").isZero();
  }

  @Test
  void reminderSettingsOutOfRangeAreRefused() {
    Api.Reply reply = fixture.manager.post("/api/campaigns", MediaType.APPLICATION_JSON, Map.of("team",
        ListeningFixture.TEAM, "customers", List.of(ListeningFixture.CUSTOMER), "remindAfterDays", 0,
        "maxReminders", 11));

    assertThat(reply.status()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
    assertThat(fields).containsExactly("remindAfterDays", "maxReminders");
  }

  @Test
  void everyBadRowOfACsvFileIsReportedWithItsLineAndNoOneIsInvited() {
    long campaign = fixture.campaign();
    String csv = "email,language,customer\nok@example.org,fr," + ListeningFixture.CUSTOMER
        + "\nnot-an-address,de," + ListeningFixture.CUSTOMER + "\nother@example.org,en,nobody\n";

    Api.Reply reply = fixture.manager.post("/api/campaigns/" + campaign + "/invitations",
        MediaType.parseMediaType("text/csv"), csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(reply.status()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
    assertThat(fields).containsExactly("line 3.email", "line 3.language", "line 4.customer");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_contacts WHERE campaign_id = ?").param(campaign)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void theCampaignPageInvitesCsvLinesAndNamesTheLineOfAProblemInFrench() throws Exception {
    long campaign = fixture.campaign();
    Api manager = Api.signedIn(port, fixture.managerName, ListeningFixture.PASSWORD);
    String path = "/listening/campaigns/" + campaign;
    String csrf = Api.csrfToken(manager.get(path + "?lang=fr", "text/html").body());

    Api.Reply refused = manager.postForm(path + "/contacts?lang=fr", Map.of("_csrf", csrf,
        "contacts", "page1@example.org,fr," + ListeningFixture.CUSTOMER + "\npage2@example.org,de," + ListeningFixture.CUSTOMER));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("Ligne 2 : La langue est fr ou en, pas de.");

    Api.Reply sent = manager.postForm(path + "/contacts?lang=fr", Map.of("_csrf", csrf,
        "contacts", "page1@example.org,fr," + ListeningFixture.CUSTOMER));
    assertThat(sent.status()).isEqualTo(200);
    assertThat(sent.body()).contains("1 message en file ; aucune adresse écartée.");
    assertThat(linksByRecipient(receive(1), ANSWER_LINK)).containsOnlyKeys("page1@example.org");
  }

  @Test
  void aContactInvitedFromTheCustomerCardGetsTheirLinkAndTheirAnswerCountsForThatCustomer() throws Exception {
    long campaign = fixture.campaign();
    Api manager = Api.signedIn(port, fixture.managerName, ListeningFixture.PASSWORD);
    String card = "/customers/" + ListeningFixture.CUSTOMER;
    Api.Reply page = manager.get(card + "?lang=fr", "text/html");
    assertThat(page.body()).contains("Inviter à une campagne par courriel").contains("value=\"" + campaign + "\"");
    String csrf = Api.csrfToken(page.body());

    Api.Reply refused = manager.postForm(card + "/invitations?lang=fr", Map.of("_csrf", csrf,
        "campaign", Long.toString(campaign), "contacts", "card1@example.org,fr\ncard2@example.org,de"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("Ligne 2 : La langue est fr ou en, pas de.");
    Api.Reply sent = manager.postForm(card + "/invitations?lang=fr", Map.of("_csrf", csrf,
        "campaign", Long.toString(campaign), "contacts", "card1@example.org,fr"));
    assertThat(sent.status()).isEqualTo(200);
    assertThat(sent.body()).contains("1 message en file ; aucune adresse écartée.");

    String token = linksByRecipient(receive(1), ANSWER_LINK).get("card1@example.org");
    assertThat(fixture.anonymous.post("/api/responses/" + token, MediaType.APPLICATION_JSON,
        ResponseApiIntegrationTests.ANSWERS).status()).isEqualTo(201);
    assertThat(jdbc.sql("SELECT customer FROM responses WHERE campaign_id = ?").param(campaign)
        .query(String.class).list()).containsExactly(ListeningFixture.CUSTOMER);
    Api.Reply again = fixture.manager.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("contacts", List.of(Map.of("email", "Card1@example.org", "language", "fr", "customer",
            ListeningFixture.CUSTOMER), Map.of("email", "card3@example.org", "language", "en", "customer",
            ListeningFixture.CUSTOMER))));
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("queued").asInt()).isEqualTo(1);
    assertThat(again.json().get("alreadyInvited").toString()).as("no second link for one contact")
        .isEqualTo("[\"card1@example.org\"]");
    assertThat(linksByRecipient(receive(2), ANSWER_LINK)).containsKey("card3@example.org");
    assertThat(Api.signedIn(port, fixture.memberName, ListeningFixture.PASSWORD).get(card, "text/html").body()).as("only who runs the campaign is offered it")
        .doesNotContain("invite-contacts");
  }

  private void unsubscribe(String token) {
    Api browser = Api.browser(port);
    Api.Reply page = browser.get("/unsubscribe/" + token + "?lang=fr", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Me désabonner");
    Api.Reply done = browser.postForm("/unsubscribe/" + token + "?lang=fr", Map.of("_csrf", Api.csrfToken(page.body())));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.body()).contains("Vous êtes désabonné");
  }

  private MimeMessage[] receive(int count) {
    return TestSmtp.receive(smtp, count);
  }


  private String subjectOf(String recipient) throws Exception {
    for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
      return message.getSubject();
    }
    throw new AssertionError("No message to " + recipient);
  }

  /** The token of the link of this kind in each message's plain text, by recipient (one message each). */
  static Map<String, String> linksByRecipient(MimeMessage[] messages, Pattern link) throws Exception {
    Map<String, String> links = new HashMap<>();
    for (MimeMessage message : messages) {
      Matcher found = link.matcher(TestSmtp.plainText(message));
      assertThat(found.find()).isTrue();
      String recipient = message.getRecipients(Message.RecipientType.TO)[0].toString();
      assertThat(links.put(recipient, found.group(1))).as("one message to %s", recipient).isNull();
    }
    return links;
  }
}
