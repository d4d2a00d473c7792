package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * A customer's card in a phone-sized Chromium: a manager completes the last missing facet through
 * the form and sees the card turn fresh, then, the clock moved past the freshness period of the
 * older entries, stale again. The clock is set far ahead, where every earlier entry is old.
 */
@ApiTest
class KnowledgeBrowserIntegrationTests {

  static final String PASSWORD = "a password long enough";
  static final Instant NOW = Instant.parse("2300-01-01T10:00:00Z");

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired MutableClock clock;

  @AfterEach
  void backToNow() {
    clock.set(Instant.now());
  }

  @Test
  void completingTheLastFacetOnAPhoneMakesTheCardFreshUntilItAges() {
    Browser.assumeAvailable();
    clock.set(NOW);
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"));
    String tenDaysAgo = LocalDate.of(2300, 1, 1).minusDays(10).toString();
    for (String facet : List.of("opinions", "projects", "stakes")) {
      admin.post("/api/customers/clients-web/card/entries", MediaType.APPLICATION_JSON,
          Map.of("facet", facet, "text", "Known " + facet, "source", "survey", "date", tenDaysAgo));
    }
    users.create("knowledge-browser", PASSWORD, Role.MANAGER, null);

    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("knowledge-browser", PASSWORD);
      phone.get("/customers/clients-web?lang=en");
      assertThat(phone.find("#card-freshness .freshness").getAttribute("data-fresh")).isEqualTo("false");
      assertFacetsAreStacked(phone.all("#facets .facet"));

      new Select(phone.find("#facet")).selectByValue("needs");
      new Select(phone.find("#source")).selectByValue("visit");
      phone.find("#text").sendKeys("A delivery slot of two hours");
      phone.tap("#add-entry button[type=submit]");
      phone.await("#added");

      assertThat(phone.find("#card-freshness .freshness").getAttribute("data-fresh")).isEqualTo("true");
      assertThat(phone.text("[data-facet='needs'] .entry-text")).isEqualTo("A delivery slot of two hours");
      assertThat(phone.text("[data-facet='needs'] .entry-author")).contains("knowledge-browser");
      assertThat(phone.text("[data-facet='needs'] time")).isEqualTo("2300-01-01");
      phone.screenshot("customer-card-phone");

      clock.advance(Duration.ofDays(170));
      phone.get("/customers/clients-web?lang=en");
      assertThat(phone.find("#card-freshness .freshness").getAttribute("data-fresh")).as("180 days after the older entries")
          .isEqualTo("false");
    }
  }

  /** On a phone the four facets stand one below the other, each the page's width. */
  private static void assertFacetsAreStacked(List<WebElement> facets) {
    assertThat(facets).hasSize(4);
    for (int i = 1; i < facets.size(); i++) {
      assertThat(facets.get(i).getRect().getX()).isEqualTo(facets.get(0).getRect().getX());
      assertThat(facets.get(i).getRect().getY()).isGreaterThan(facets.get(i - 1).getRect().getY());
    }
  }
}
