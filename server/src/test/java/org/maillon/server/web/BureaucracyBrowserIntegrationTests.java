package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bureaucracy page in a headless Chromium on a phone-sized window, read by a member in French on
 * the demo model: its figures are the diagnosis', its chart is drawn, nothing overflows sideways,
 * and the team card's procedures part fits too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-bureaucracy-browser-${random.uuid}",
    "maillon.admin-password=" + BureaucracyBrowserIntegrationTests.PASSWORD})
class BureaucracyBrowserIntegrationTests {

  static final String PASSWORD = "bureaucracy-browser-secret-for-tests";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired UserService users;

  @Test
  void aMemberReadsTheFiguresOnAPhone() {
    Browser.assumeAvailable();
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    Diagnosis diagnosis = current.diagnosis();
    BureaucracyFigures figures = diagnosis.bureaucracy();
    users.create("bureaucracy-phone", PASSWORD, Role.MEMBER, null);
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("bureaucracy-phone", PASSWORD);

      phone.get("/bureaucracy?lang=fr");
      phone.awaitCharts();
      assertThat(phone.text("h1")).startsWith("Bureaucratisation");
      assertThat(phone.text("#procedures")).isEqualTo(Integer.toString(figures.procedures()));
      assertThat(phone.text("#per-100"))
          .isEqualTo(String.format(Locale.FRENCH, "%.1f", figures.proceduresPer100People()));
      assertThat(phone.text("#approvals-mean"))
          .isEqualTo(String.format(Locale.FRENCH, "%.1f", figures.approvalsPerProcedure().mean()));
      assertThat(phone.text("#approvals-max")).isEqualTo(Integer.toString(figures.approvalsPerProcedure().max()));
      assertThat(phone.text("#climbing")).isEqualTo(Integer.toString(figures.climbingCircuits().size()));
      assertThat(phone.text("#support-approvals")).isEqualTo(Integer.toString(figures.supportApprovalsOnFrontLine()));
      assertThat(phone.text("#internal-controls")).isEqualTo(Integer.toString(figures.internalControls().size()));
      assertThat(phone.find("#climbing").isDisplayed()).isTrue();
      assertThat(phone.all("#procedures-list .procedure")).hasSize(Math.min(figures.procedures(), 100));
      assertThat(phone.text("#unasked")).isEqualTo(Integer.toString(diagnosis.agreements().unaskedCommitments()));
      assertNoSidewaysScroll(phone, "/bureaucracy");
      assertThat(phone.find(".navbar-toggler").isDisplayed()).isTrue();
      assertThat(phone.all("#bureaucracy-toc a")).extracting(a -> a.getDomAttribute("href"))
          .containsExactly("#per-100-by-team", "#procedures-list", "#bureaucracy-findings", "#agreements", "#agreement-links");
      assertThat(phone.text("#bureaucracy-toc a[href='#procedures-list']")).isEqualTo(figures.procedures() + " procédures");
      assertThat(phone.find("#procedures-list .procedure").isDisplayed()).as("the procedures folded").isFalse();
      Number folded = (Number) phone.script("return document.documentElement.scrollHeight;");
      phone.screenshot("phone-bureaucracy-folded-fr");
      phone.tap("#procedures-details summary");
      assertThat(phone.find("#procedures-list .procedure").isDisplayed()).isTrue();
      assertThat((Number) phone.script("return document.documentElement.scrollHeight;"))
          .matches(unfolded -> unfolded.intValue() > folded.intValue() + 1000, "longer unfolded");
      phone.screenshot("phone-bureaucracy-fr");

      phone.get("/teams/ventes-magasins?lang=fr");
      phone.awaitCharts();
      assertThat(phone.text("#team-procedure-count")).isEqualTo(
          Integer.toString(diagnosis.teamProcedures("ventes-magasins").orElseThrow().procedures().size()));
      assertNoSidewaysScroll(phone, "/teams/ventes-magasins");
    }
  }

  private static void assertNoSidewaysScroll(Browser phone, String page) {
    Number overflow = (Number) phone.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).as("horizontal overflow of %s", page).isLessThanOrEqualTo(1);
  }
}
