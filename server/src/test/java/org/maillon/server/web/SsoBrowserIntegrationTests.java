package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.SsoTest;
import org.maillon.server.testing.TestOidcProvider;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An employee of the demo SME, the lead of the in-store sales team (p-0051, known by their email),
 * signs in through the company's OpenID provider in a headless Chromium: the sign-in page names the
 * provider, the provider sends them back to their own place, they save their team's card and are
 * refused the card of logistics, which they do not lead.
 */
@SsoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoBrowserIntegrationTests {

  @LocalServerPort int port;
  Api admin;

  @BeforeAll
  void theSmeIsImportedWithTheLeadsEmail() {
    Browser.assumeAvailable();
    admin = TestOidcProvider.importTheSmeWithTheLeadsEmail(port);
  }

  @Test
  void anEmployeeSignsInThroughTheProviderLandsOnTheirPlaceAndEditsOnlyTheCardOfTheTeamTheyLead() {
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.get("/login?lang=en");
      assertThat(browser.text("#sign-in-sso")).isEqualTo("Sign in with Acme ID");
      assertThat(browser.all("#username")).hasSize(1);

      TestOidcProvider.next("aurelie", Map.of("email", TestOidcProvider.LEAD_EMAIL, "groups", List.of("sales")));
      browser.find("#sign-in-sso").click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.path().startsWith("/people/"));
      assertThat(browser.path()).isEqualTo("/people/p-0051");

      browser.get("/teams/ventes-magasins/card/edit");
      browser.find("#reason").sendKeys("Signed in with the company account");
      browser.tap("#save-card");
      browser.await("#card-saved");
      assertThat(browser.path()).startsWith("/teams/ventes-magasins");
      assertThat(admin.get("/api/model/versions").json().get(0).get("importedBy").asString())
          .isEqualTo(TestOidcProvider.LEAD_EMAIL);

      browser.get("/teams/logistique/card/edit");
      assertThat(browser.all("#forbidden-who")).hasSize(1);
      assertThat(browser.all("#card-form")).isEmpty();
    }
  }
}
