package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewCampaign;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ExampleModels;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer answers a survey from their invitation link in a phone-sized headless Chromium, in
 * French, without signing in: a form sent empty comes back with its error, a filled one thanks
 * them, and the same link opened again says it was already answered. The page is an outsider's: no
 * menu nor internal slogan, the organisation's name, a final customer's wording, the 0–10 scale on
 * one row with its ends said, and it is answered with the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "maillon.data-dir=target/test-data/maillon-survey-${random.uuid}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyBrowserIntegrationTests {

  static final int PHONE_WIDTH = 390;

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired ListeningService listening;
  @Autowired JdbcClient jdbc;

  Browser phone;
  long campaign;
  String token;

  @BeforeAll
  void inviteACustomer() {
    Browser.assumeAvailable();
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    campaign = listening.createCampaign(new NewCampaign("ventes-magasins", List.of("particuliers"), null, null, null),
        "tests").id();
    token = listening.invite(campaign, NewInvitations.count("particuliers", 1)).get(0).token();
    phone = Browser.open(port, PHONE_WIDTH, 844);
  }

  @AfterAll
  void closeThePhone() {
    if (phone != null) {
      phone.close();
    }
  }

  @Test
  void aCustomerAnswersOnAPhoneInFrenchAndOnlyOnce() {
    phone.get("/r/" + token + "?lang=fr");
    assertThat(phone.find("html").getAttribute("lang")).isEqualTo("fr");
    assertThat(phone.text("main h1")).isEqualTo("Ventes en magasin aimerait avoir votre avis");
    assertThat(phone.all("nav")).as("no menu").isEmpty();
    assertThat(phone.all("footer")).as("no internal slogan").isEmpty();
    assertThat(phone.text("#organization")).isEqualTo("Cuisines Bocage & Fils");
    assertThat(phone.text("fieldset[data-question='0'] legend"))
        .isEqualTo("Quelle est la probabilité que vous nous recommandiez à un proche ?");
    assertThat(phone.find("main").getText()).doesNotContain("collègue");
    assertThat(phone.text("#q0-ends")).contains("0 = pas du tout probable").contains("10 = très probable");
    assertThat(phone.find("fieldset[data-question='0']").getAttribute("aria-describedby")).isEqualTo("q0-ends");
    List<?> tops = (List<?>) phone.script("return Array.from(document.querySelectorAll("
        + "\"fieldset[data-question='0'] .scale label\")).map(l => Math.round(l.getBoundingClientRect().top));");
    assertThat(tops).hasSize(11);
    assertThat(tops.stream().distinct()).as("the 0–10 scale on one row at 390 px").hasSize(1);
    assertThat(phone.all("input[name=q0]")).hasSize(11);
    assertThat(phone.all("input[name=q1]")).hasSize(5);
    assertThat(phone.all("textarea[name=q2]")).hasSize(1);
    Number overflow = (Number) phone.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).as("horizontal overflow").isLessThanOrEqualTo(1);
    phone.screenshot("survey-fr");

    send();
    phone.await("#survey-errors");
    assertThat(phone.text("#survey-errors")).contains("Répondez à au moins une question.");

    phone.tap("label[for=q0-9]");
    phone.tap("label[for=q1-4]");
    phone.find("textarea[name=q2]").sendKeys("Un conseil précieux, mais l'attente au magasin était longue.");
    send();
    phone.await("#survey-thanks");
    assertThat(phone.text("#survey-thanks h1")).isEqualTo("Merci");
    assertThat(jdbc.sql("SELECT language FROM responses WHERE campaign_id = ?").param(campaign)
        .query(String.class).list()).containsExactly("fr");
    assertThat(jdbc.sql("SELECT answer_value FROM answers a JOIN responses r ON r.id = a.response_id"
        + " WHERE r.campaign_id = ? AND a.question < 2 ORDER BY a.question").param(campaign)
        .query(Integer.class).list()).containsExactly(9, 4);

    assertThat(phone.all("nav")).as("no menu after answering").isEmpty();

    phone.get("/r/" + token);
    assertThat(phone.text("#survey-answered h1")).isEqualTo("Déjà répondu");
    phone.screenshot("survey-answered-fr");
  }

  private void send() {
    phone.tap("#survey-form button[type=submit]");
  }


  @Test
  void theScaleIsAnsweredWithTheKeyboardAlone() {
    String other = listening.invite(campaign, NewInvitations.count("particuliers", 1)).get(0).token();
    phone.get("/r/" + other + "?lang=en");
    assertThat(phone.text("fieldset[data-question='0'] legend"))
        .isEqualTo("How likely are you to recommend us to a friend or relative?");
    assertThat(phone.text("#q0-ends")).contains("0 = not at all likely").contains("10 = extremely likely");
    phone.script("arguments[0].focus();", phone.find("#q0-5"));
    new Actions(phone.driver).sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_RIGHT).perform();
    assertThat(phone.find("#q0-6").isSelected()).isTrue();
    assertThat(phone.script("return getComputedStyle(document.querySelector('label[for=q0-6]')).outlineStyle;"))
        .as("the focused value is outlined").isEqualTo("solid");
    phone.screenshot("survey-en-focus");
  }

  @Test
  void aTeamInsideTheCompanyIsStillAskedAboutAColleague() {
    long internal = listening.createCampaign(new NewCampaign("ventes-magasins", List.of("finance"), null, null, null),
        "tests").id();
    String link = listening.invite(internal, NewInvitations.count("finance", 1)).get(0).token();
    assertThat(listening.survey(link).questions().get(0).wording().fr()).contains("collègue");
    String outside = listening.invite(campaign, NewInvitations.count("particuliers", 1)).get(0).token();
    assertThat(listening.survey(outside).questions().get(0).wording().fr()).contains("à un proche");
  }

  @Test
  void anUnknownLinkSaysSo() {
    phone.get("/r/no-such-token?lang=en");
    assertThat(phone.text("#survey-unknown h1")).isEqualTo("Unknown link");
  }
}
