package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.listening.Answer;
import org.maillon.server.listening.IssuedInvitation;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.listening.NewPulse;
import org.maillon.server.listening.NewResponse;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A collaborator answers a bureaucracy pulse from their link in a phone-sized headless Chromium, in
 * French, without signing in: a form sent empty comes back with an error under each question, a
 * filled one thanks them. A signed-in user then reads the means computed by hand on the pulse page,
 * beside the team's procedures, and nothing overflows the width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-pulse-browser-${random.uuid}",
    "maillon.admin-password=" + PulseBrowserIntegrationTests.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PulseBrowserIntegrationTests {

  static final String ADMIN_PASSWORD = "pulse-browser-secret";
  static final String TEAM = "usine-decoupe";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired ListeningService listening;

  Browser phone;
  List<IssuedInvitation> links;

  @BeforeAll
  void inviteATeam() {
    Browser.assumeAvailable();
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    long pulse = listening.createPulse(new NewPulse(TEAM, 3), "tests").id();
    links = listening.invite(pulse, new NewInvitations(null, 3, null));
    listening.respond(links.get(1).token(), answers(5, 50, 2), Locale.FRENCH);
    listening.respond(links.get(2).token(), answers(9, 70, 3), Locale.ENGLISH);
    phone = Browser.open(port, 390, 844);
  }

  @AfterAll
  void closeThePhone() {
    if (phone != null) {
      phone.close();
    }
  }

  @Test
  void aCollaboratorAnswersOnAPhoneInFrenchAndReadsTheResults() {
    phone.get("/r/" + links.get(0).token() + "?lang=fr");
    assertThat(phone.text("main h1")).isEqualTo("Baromètre de bureaucratie — Atelier découpe et usinage");
    assertThat(phone.find("input[name=q0]").getAttribute("type")).isEqualTo("number");
    assertThat(phone.find("input[name=q1]").getAttribute("max")).isEqualTo("100");
    assertThat(phone.all("input[name=q2]")).hasSize(5);
    assertNoOverflow();
    phone.screenshot("pulse-survey-fr");

    send();
    phone.await("#survey-errors");
    assertThat(phone.all("fieldset .error")).extracting(e -> e.getText())
        .containsExactly("Répondez à cette question.", "Répondez à cette question.", "Répondez à cette question.");

    phone.find("input[name=q0]").sendKeys("4");
    phone.find("input[name=q1]").sendKeys("60");
    phone.tap("label[for=q2-4]");
    send();
    phone.await("#survey-thanks");
    assertThat(phone.text("#survey-thanks h1")).isEqualTo("Merci");
    assertThat(phone.text("#survey-thanks p")).contains("règles et approbations");

    phone.signIn("admin", ADMIN_PASSWORD);
    phone.get("/pulse?lang=fr");
    String row = "#pulse-teams tr[data-team='" + TEAM + "'] ";
    // Hours (4 + 5 + 9)/3 = 6; share (60 + 50 + 70)/3 = 60; freedom (4 + 2 + 3)/3 = 3.
    assertThat(phone.text(row + ".responses")).isEqualTo("3");
    assertThat(phone.text(row + ".hours")).isEqualTo("6,0");
    assertThat(phone.text(row + ".share")).isEqualTo("60,0 %");
    assertThat(phone.text(row + ".freedom")).isEqualTo("3,00");
    // 1 procedure for 40 members, and one circuit climbing above the team's head.
    assertThat(phone.text(row + ".procedures")).isEqualTo("2,5");
    assertThat(phone.text(row + ".climbing")).isEqualTo("1");
    assertThat(phone.text("#pulse-hours")).isEqualTo("6,0");
    assertThat(phone.all("#pulse-teams tr[data-team='cellule-process']")).as("a hidden team has no row").isEmpty();
    assertThat(phone.all("#pulse-teams tbody tr[data-hidden='true']")).isEmpty();
    int hidden = phone.all("#pulse-hidden-teams li").size();
    assertThat(phone.all("#pulse-hidden-teams li[data-team='cellule-process']")).hasSize(1);
    assertThat(phone.text("#pulse-hidden-teams summary"))
        .isEqualTo(hidden + " équipes sous le seuil d’anonymat sont masquées");
    assertNoOverflow();
    phone.screenshot("pulse-results-fr");
  }

  private static NewResponse answers(int hours, int share, int freedom) {
    return new NewResponse(List.of(Answer.score(0, hours), Answer.score(1, share), Answer.score(2, freedom)));
  }

  private void send() {
    phone.tap("#survey-form button[type=submit]");
  }


  private void assertNoOverflow() {
    Number overflow = (Number) phone.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).as("horizontal overflow").isLessThanOrEqualTo(1);
  }
}
