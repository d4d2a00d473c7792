package org.maillon.server.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.SsoTest;
import org.maillon.server.testing.TestOidcProvider;
import org.maillon.server.testing.TestOidcProvider.SignedIn;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-ins through a real OpenID provider on the demo SME: the groups claim gives admin, manager or
 * member (admin winning over manager), the email claim finds the person (in any case), whose account
 * page has no password to change; someone the model does not list is a member with no place, a
 * name too long to author a version is refused, and password accounts keep working beside it.
 */
@SsoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoSignInIntegrationTests {

  @LocalServerPort int port;

  @BeforeAll
  void theSmeIsImportedWithTheLeadsEmail() {
    TestOidcProvider.importTheSmeWithTheLeadsEmail(port);
  }

  @Test
  void anAdminGroupMakesAnAdminEvenWithTheManagersGroupToo() {
    SignedIn admin = signIn("it-director", List.of(SsoTest.MANAGERS, SsoTest.ADMINS, "everyone"));

    assertThat(admin.api().get("/users", "text/html").status()).isEqualTo(200);
    assertThat(admin.api().get("/model", "text/html").status()).isEqualTo(200);
  }

  @Test
  void aManagersGroupMakesAManagerWhoSeesEveryPlaceButNotTheUsers() {
    SignedIn manager = signIn("controller", List.of("direction"));

    assertThat(manager.api().get("/users", "text/html").status()).isEqualTo(403);
    assertThat(manager.api().get("/model", "text/html").status()).isEqualTo(200);
    assertThat(manager.api().get("/people/p-0012", "text/html").status()).isEqualTo(200);
  }

  @Test
  void anEmployeeWithNoMappedGroupIsAMemberLinkedToTheirPerson() {
    SignedIn member = signIn(TestOidcProvider.LEAD_EMAIL.toLowerCase(Locale.ROOT), List.of("everyone"));

    assertThat(member.landedOn()).isEqualTo("/people/p-0051");
    assertThat(member.api().get("/model", "text/html").status()).isEqualTo(403);
    assertThat(member.api().get("/people/p-0012", "text/html").status()).isEqualTo(403);
    String account = member.api().get("/account", "text/html").body();
    assertThat(account).contains("id=\"company-account\"").doesNotContain("id=\"password-form\"");
  }

  @Test
  void someoneTheModelDoesNotListIsAMemberWithNoPlace() {
    SignedIn stranger = signIn("newcomer@example.com", List.of());

    assertThat(stranger.landedOn()).isEqualTo("/me");
    Api.Reply me = stranger.api().get("/me", "text/html");
    assertThat(me.body()).contains("Your company account matches no person of the model");
    assertThat(stranger.api().get("/model", "text/html").status()).isEqualTo(403);
  }

  @Test
  void aNameTooLongToAuthorAVersionIsRefusedBackToTheSignInPage() {
    SignedIn refused = signIn("a".repeat(90) + "@acme.example", List.of(SsoTest.ADMINS));

    assertThat(refused.landedOn()).isEqualTo("/login");
    assertThat(refused.api().get("/login?ssoFailed", "text/html").body()).contains("id=\"sso-failed\"");
    assertThat(refused.api().get("/users", "text/html").status()).isEqualTo(302);
  }

  @Test
  void passwordAccountsStillSignIn() {
    assertThat(Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/users", "text/html").status()).isEqualTo(200);
  }

  private SignedIn signIn(String email, List<String> groups) {
    return TestOidcProvider.signIn(port, "sub-" + email, Map.of("email", email, "groups", groups));
  }
}
