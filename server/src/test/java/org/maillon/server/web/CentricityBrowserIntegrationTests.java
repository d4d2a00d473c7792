package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The centricity pages in a headless Chromium the size of a phone: a team's fixes read in words with
 * their gain and a button to act, its breakdown opens behind "How is this computed?" and reads as
 * worked out by hand, the organisation's evolution is drawn, and nothing overflows the width.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentricityBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;

  @BeforeAll
  void theDemoModel() {
    Browser.assumeAvailable();
    ExampleModels.smeIsCurrent(organizations, current);
  }

  @Test
  void aPhoneReadsATeamsBreakdownAndTheOrganizationsEvolution() {
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("admin", ApiTest.ADMIN_PASSWORD);
      phone.get("/teams/innovation/centricity?lang=fr");

      // innovation serves no one: distance 0 (weight 15) and no procedure, 1 (weight 10), the
      // rest left out: 100 × (15 × 0 + 10 × 1) / 25 = 40.
      assertThat(phone.text("#index")).isEqualTo("40");
      assertThat(phone.find("#components [data-component='satisfaction']").getAttribute("data-included"))
          .isEqualTo("false");
      assertThat(phone.find("#how-computed").getAttribute("open")).isNull();
      phone.tap("#how-computed summary");
      assertThat(phone.find("#how-computed").getAttribute("open")).isNotNull();
      assertThat(phone.text("#components [data-component='procedures'] .points")).isEqualTo("40");
      assertThat(phone.text("#components [data-component='procedures'] .value")).isEqualTo("100\u00a0%");
      assertThat(phone.text("#left-out")).contains("Satisfaction des clients");
      assertThat(phone.find("#fixes li").getAttribute("data-code")).isEqualTo("DISCONNECTED_TEAM");
      assertThat(phone.text("#fixes li .fix-what")).isEqualTo("Relier l'équipe qui n'atteint aucun client final");
      assertThat(phone.text("#fixes li .fix-gain")).isEqualTo("+12,0 points");
      assertThat(phone.find("#fixes li .fix-action").getAttribute("href")).endsWith("/value-chain");
      assertNoOverflow(phone);
      phone.screenshot("phone-centricity-team-fr");

      phone.get("/centricity?lang=en");
      phone.awaitCharts();
      if (phone.all("#centricity-versions").isEmpty()) {
        assertThat(phone.text("#one-version")).startsWith("One model version so far");
      } else {
        assertThat(phone.find("#centricity-versions").getAttribute("data-rendered")).isEqualTo("true");
      }
      assertThat(phone.find("#fixes li .fix-action").getAttribute("href")).isNotEmpty();
      assertThat(phone.all("#ranking tbody tr")).hasSizeGreaterThan(1);
      assertNoOverflow(phone);
      phone.screenshot("phone-centricity-en");
    }
  }

  private static void assertNoOverflow(Browser phone) {
    Number overflow = (Number) phone.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(1);
  }
}
