package org.maillon.server.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.SsoTest;
import org.maillon.server.testing.TestOidcProvider;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Local accounts switched off: the sign-in page offers only the provider, and no password opens
 * anything: no form, and the API's HTTP Basic refuses even the first admin's; the provider
 * still signs people in.
 */
@SsoTest
@TestPropertySource(properties = "maillon.sso.local-accounts=false")
class SsoWithoutPasswordsIntegrationTests {

  @LocalServerPort int port;

  @Test
  void theSignInPageOffersOnlyTheProviderInEitherLanguage() {
    String page = Api.browser(port).get("/login", "text/html").body();

    assertThat(page).contains("id=\"sign-in-sso\"", "Sign in with Acme ID").doesNotContain("id=\"password\"");
    assertThat(Api.browser(port).get("/login?lang=fr", "text/html").body()).contains("Se connecter avec Acme ID",
        "sans place à vous");
  }

  @Test
  void theApiTakesNoPasswordNotEvenTheFirstAdmins() {
    assertThat(Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD).get("/api/users").status()).isEqualTo(401);
  }

  @Test
  void theProviderStillSignsAnAdminIn() {
    var admin = TestOidcProvider.signIn(port, "root", Map.of("email", "root@example.com",
        "groups", List.of(SsoTest.ADMINS)));

    assertThat(admin.api().get("/users", "text/html").status()).isEqualTo(200);
  }
}
