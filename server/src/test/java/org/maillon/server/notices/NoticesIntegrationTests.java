package org.maillon.server.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maillon.server.security.MailPreferences;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notices to leads through a real SMTP server, on the demo SME given two emails: Aurélie Martinez
 * (p-0051, {@value #AURELIE}) leads in-store sales, whose two links (to particuliers and to finance)
 * were never listened to; Thomas Nguyen (p-0058, {@value #THOMAS}), a seller, owns an action.
 * Antoine Blanchard (p-0052) leads online sales and has no email. Aurélie's account chose English;
 * Thomas has no account, so he is written to in the organisation's language, French.
 */
@ApiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticesIntegrationTests {

  static final String AURELIE = "aurelie.martinez@cuisines-bocage.example";
  static final String THOMAS = "thomas.nguyen@cuisines-bocage.example";
  static final String TEAM = "ventes-magasins";
  static final String PASSWORD = "a password long enough";

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestSmtp.register(registry, smtp);
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired LeadNotices notices;
  @Autowired WeeklyDigest digests;
  @Autowired MailPreferences preferences;
  @Autowired JdbcClient jdbc;
  Api admin;
  static boolean imported;

  /** Once for the class (the SMTP server starts before the first test, the server after it). */
  @BeforeEach
  void importTheSmeWithTwoEmails() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    if (imported) {
      return;
    }
    imported = true;
    clock.set(Instant.parse("2026-12-01T08:00:00Z"));
    String yaml = new String(ExampleModels.bytes("sme.yaml"), StandardCharsets.UTF_8)
        .replaceFirst("(\\{id: p-0051,[^}]*)}", "$1, email: " + AURELIE + "}")
        .replaceFirst("(\\{id: p-0058,[^}]*)}", "$1, email: " + THOMAS + "}");
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"),
        yaml.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    user("notices-aurelie", "p-0051");
  }

  private void user(String username, String person) {
    assertThat(admin.post("/api/users", MediaType.APPLICATION_JSON, Map.of("username", username,
        "password", PASSWORD, "role", "member", "person", person)).status()).isEqualTo(201);
  }

  @AfterEach
  void clockBackToNow() {
    clock.set(Instant.now());
  }

  @Test
  @Order(1)
  void anOverdueLinkAndAnActionFallingDueEachSendOneNoticeToTheRightLead() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    clock.set(Instant.parse("2026-12-01T08:00:00Z"));
    preferences.choose("notices-aurelie", false, Locale.ENGLISH);
    long call = action("Rappeler les poseurs", TEAM, "p-0058", "2026-12-03", "open");
    long discounts = action("Revoir les remises", TEAM, "p-0051", "2026-12-20", "in-progress");
    action("Déjà fait", TEAM, "p-0058", "2026-12-02", "done");
    action("Relancer la boutique en ligne", "ventes-en-ligne", "p-0052", "2026-12-02", "open");

    LeadNotices.Run first = notices.sendDue();
    assertThat(first.queued()).as("Aurélie's two links in one message, one action to Thomas").isEqualTo(2);
    assertThat(first.withoutEmail()).contains("p-0052").doesNotContain("p-0051", "p-0058");
    assertThat(notices.sendDue().queued()).as("the same causes, a second run").isZero();

    List<MimeMessage> received = receive(2);
    MimeMessage aurelie = to(received, AURELIE).get(0);
    assertThat(aurelie.getSubject()).isEqualTo("Cuisines Bocage & Fils: listening to 2 customers is overdue");
    assertThat(TestSmtp.plainText(aurelie)).contains("Listening is overdue on 2 links of your teams:",
        "Your team Ventes en magasin has not listened to Particuliers (magasins) yet",
        "Your team Ventes en magasin has not listened to Finance et contrôle de gestion yet");
    MimeMessage thomas = to(received, THOMAS).get(0);
    assertThat(thomas.getSubject())
        .isEqualTo("Cuisines Bocage & Fils : une action à échéance le 2026-12-03 : Rappeler les poseurs");
    assertThat(TestSmtp.plainText(thomas)).startsWith("Bonjour Thomas Nguyen,")
        .contains("/actions/" + call + "?lang=fr");

    smtp.purgeEmailFromAllMailboxes();
    clock.set(Instant.parse("2026-12-18T08:00:00Z"));
    assertThat(notices.sendDue().queued()).as("Aurélie's own action, two days before it is due").isEqualTo(1);
    assertThat(notices.sendDue().queued()).isZero();
    MimeMessage due = receive(1).get(0);
    assertThat(due.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(AURELIE);
    assertThat(TestSmtp.plainText(due)).contains("The action \"Revoir les remises\" of Ventes en magasin")
        .contains("/actions/" + discounts + "?lang=en");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sent_notices WHERE kind <> 'digest'").query(Integer.class).single()).isEqualTo(4);
  }

  /** After the notices: Aurélie's team has two actions open, one overdue. */
  @Test
  @Order(2)
  void aLeadWhoAskedOnTheirAccountPageGetsOneDigestAWeekAndNoOneElseDoes() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    clock.set(Instant.parse("2026-12-21T06:00:00Z"));
    Api page = Api.signedIn(port, "notices-aurelie", PASSWORD);
    String csrf = Api.csrfToken(page.get("/account?lang=fr", "text/html").body());
    Api.Reply saved = page.postForm("/account/digest?lang=fr", Map.of("weeklyDigest", "true", "_csrf", csrf));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(page.get("/account?lang=fr", "text/html").body()).contains("Vous recevrez le récapitulatif de la semaine.")
        .contains("checked");
    user("notices-antoine", "p-0052");
    preferences.choose("notices-antoine", true, Locale.FRENCH);
    user("notices-thomas", "p-0058");
    preferences.choose("notices-thomas", true, Locale.FRENCH);

    assertThat(digests.sendDue()).as("Antoine has no email, Thomas leads no team").isEqualTo(1);
    assertThat(digests.sendDue()).isZero();
    MimeMessage digest = receive(1).get(0);
    assertThat(digest.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(AURELIE);
    assertThat(digest.getSubject()).isEqualTo("Cuisines Bocage & Fils : votre semaine, Ventes en magasin");
    assertThat(TestSmtp.plainText(digest).replace("\r\n", "\n")).contains("Constats à leur sujet : ")
        .contains("Liens dont l'écoute est en retard : 2\n\n- Ventes en magasin → Finance et contrôle de gestion\n"
            + "- Ventes en magasin → Particuliers (magasins)\n")
        .contains("Actions ouvertes ou en cours : 2\n\n- Rappeler les poseurs (2026-12-03)\n"
            + "- Revoir les remises (2026-12-20)\n")
        .contains("Verbatims publiés depuis votre dernier récapitulatif : 0 (sur 0 en tout).");

    smtp.purgeEmailFromAllMailboxes();
    clock.set(Instant.parse("2026-12-27T22:00:00Z"));
    assertThat(digests.sendDue()).as("Sunday, the same ISO week").isZero();
    fiveAnswersFromParticuliers();
    clock.set(Instant.parse("2026-12-28T00:30:00Z"));
    assertThat(digests.sendDue()).as("the next Monday").isEqualTo(1);
    assertThat(TestSmtp.plainText(receive(1).get(0)).replace("\r\n", "\n"))
        .contains("Liens dont l'écoute est en retard : 1\n\n- Ventes en magasin → Finance et contrôle de gestion\n\n")
        .contains("Verbatims publiés depuis votre dernier récapitulatif : 5 (sur 5 en tout).");
  }

  /** A campaign of in-store sales answered five times: one batch, at the anonymity threshold, published. */
  private void fiveAnswersFromParticuliers() {
    long campaign = admin.post("/api/campaigns", MediaType.APPLICATION_JSON,
        Map.of("team", TEAM, "customers", List.of("particuliers"))).json().get("id").asLong();
    admin.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
        Map.of("customer", "particuliers", "count", 5)).json().get("invitations").forEach(invitation ->
            assertThat(Api.on(port).post("/api/responses/" + invitation.get("token").asString(),
                MediaType.APPLICATION_JSON, Map.of("answers", List.of(Map.of("question", 0, "value", 9),
                    Map.of("question", 1, "value", 4), Map.of("question", 2, "text", "Pose soignée, merci"))))
                .status()).isEqualTo(201));
  }

  private long action(String title, String team, String owner, String due, String status) {
    Api.Reply created = admin.post("/api/actions", MediaType.APPLICATION_JSON,
        Map.of("title", title, "team", team, "owner", owner, "due", due, "status", status));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static List<MimeMessage> to(List<MimeMessage> messages, String recipient) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : messages) {
      if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)) {
        found.add(message);
      }
    }
    return found;
  }

  private List<MimeMessage> receive(int count) {
    return List.of(TestSmtp.receive(smtp, count));
  }

}
