package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.testing.SignInServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Admins manage users over the API (password, role, disable, enable, delete), never losing the last
 * enabled admin nor themselves by mistake; users change their own password giving the current one.
 */
@SignInServerTest
@ExtendWith(OutputCaptureExtension.class)
class UserManagementIntegrationTests {

  static final String PASSWORD = "a password long enough";
  static final String NEW_PASSWORD = "another long password";
  static final AtomicInteger NAMES = new AtomicInteger();
  static final MediaType JSON = MediaType.APPLICATION_JSON;

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired UserService users;
  Api anonymous;
  Api admin;
  String name;

  @BeforeEach
  void aFreshMember() {
    clock.advance(Duration.ofMinutes(6));
    anonymous = Api.on(port);
    admin = anonymous.as("admin", ApiTest.ADMIN_PASSWORD);
    name = "user-" + NAMES.incrementAndGet();
    users.create(name, PASSWORD, Role.MEMBER, null);
  }

  @Test
  void adminsListUsersWithTheirRoleAndStatusButNoHash() {
    Reply list = admin.get("/api/users");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain("bcrypt").doesNotContain("password");
    assertThat(list.json().valueStream().filter(u -> u.get("username").asString().equals(name)).findFirst())
        .hasValueSatisfying(u -> {
          assertThat(u.get("role").asString()).isEqualTo("MEMBER");
          assertThat(u.get("enabled").asBoolean()).isTrue();
        });
    assertThat(admin.get("/api/users/" + name).json().get("username").asString()).isEqualTo(name);
    assertThat(admin.get("/api/users/nobody").status()).isEqualTo(404);
    assertThat(anonymous.as(name, PASSWORD).get("/api/users").status()).isEqualTo(403);
  }

  @Test
  void anAdminGivesANewPasswordTheOldOneNoLongerWorks(CapturedOutput output) {
    Reply set = admin.put("/api/users/" + name + "/password", JSON, Map.of("password", NEW_PASSWORD));

    assertThat(set.status()).isEqualTo(204);
    assertThat(anonymous.as(name, PASSWORD).get("/api/me").status()).isEqualTo(401);
    assertThat(anonymous.as(name, NEW_PASSWORD).get("/api/me").json().get("username").asString()).isEqualTo(name);
    assertThat(output.getOut()).contains("users action=set-password user=" + name + " by=admin")
        .doesNotContain(NEW_PASSWORD);
  }

  @Test
  void aShortPasswordIsALocatedProblemInTheReadersLanguage() {
    Reply reply = admin.put("/api/users/" + name + "/password", JSON, Map.of("password", "eleven char"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode error = reply.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("password");
    assertThat(error.get("code").asString()).isEqualTo("passwordTooShort");
    assertThat(error.get("message").asString()).isEqualTo("A password has at least 12 characters.");
    assertThat(anonymous.as(name, PASSWORD).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void aNewUserWithEveryProblemGetsThemAllAtOnce() {
    Reply reply = admin.post("/api/users", JSON,
        Map.of("username", "bad name/with slash", "password", "short", "role", "owner"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactly("username", "password", "role");
    assertThat(admin.post("/api/users", JSON, Map.of("username", name.toUpperCase(), "password", PASSWORD,
        "role", "member")).json().get("errors").get(0).get("code").asString()).isEqualTo("taken");
  }

  @Test
  void aRoleChangeTakesEffectAtTheNextRequest() {
    assertThat(anonymous.as(name, PASSWORD).get("/api/model/versions").status()).isEqualTo(403);

    Reply changed = admin.put("/api/users/" + name + "/role", JSON, Map.of("role", "manager"));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("role").asString()).isEqualTo("MANAGER");
    assertThat(anonymous.as(name, PASSWORD).get("/api/model/versions").status()).isEqualTo(200);
    assertThat(admin.put("/api/users/" + name + "/role", JSON, Map.of("role", "owner")).status()).isEqualTo(422);
  }

  @Test
  void aDisabledUserCannotSignInByEitherWayUntilEnabledAgain() {
    Reply disabled = admin.post("/api/users/" + name + "/disable", JSON, Map.of());

    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
    assertThat(anonymous.as(name, PASSWORD).get("/api/me").status()).isEqualTo(401);
    Api browser = Api.browser(port);
    Reply form = browser.postForm("/login", Map.of("username", name, "password", PASSWORD,
        "_csrf", Api.csrfToken(browser.get("/login", "text/html").body())));
    assertThat(form.headers().getLocation().toString()).endsWith("/login?disabled");
    assertThat(browser.get("/login?disabled&lang=fr", "text/html").body())
        .contains("Ce compte est désactivé. Un administrateur peut le réactiver.");

    assertThat(admin.post("/api/users/" + name + "/enable", JSON, Map.of()).status()).isEqualTo(200);
    assertThat(anonymous.as(name, PASSWORD).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void aDeletedUserIsGone() {
    assertThat(admin.delete("/api/users/" + name).status()).isEqualTo(204);

    assertThat(admin.get("/api/users/" + name).status()).isEqualTo(404);
    assertThat(anonymous.as(name, PASSWORD).get("/api/me").status()).isEqualTo(401);
    assertThat(admin.delete("/api/users/" + name).status()).isEqualTo(404);
  }

  @Test
  void anAdminCannotDisableDeleteOrDemoteThemselves() {
    for (Reply reply : new Reply[] {admin.post("/api/users/admin/disable", JSON, Map.of()),
        admin.delete("/api/users/admin"), admin.put("/api/users/admin/role", JSON, Map.of("role", "member"))}) {
      assertThat(reply.status()).isEqualTo(409);
      assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(reply.json().get("detail").asString())
          .isEqualTo("You cannot do this to your own account (admin): ask another admin.");
    }
    assertThat(admin.get("/api/users/admin").json().get("enabled").asBoolean()).isTrue();
  }

  @Test
  void theLastEnabledAdminIsKept() {
    users.all().stream().filter(u -> u.role() == Role.ADMIN && u.enabled() && !u.username().equals("admin"))
        .forEach(u -> users.setEnabled(u.username(), false, "admin"));

    assertThatThrownBy(() -> users.setEnabled("admin", false, null)).isInstanceOf(AccountRefused.class)
        .hasMessageContaining("lastAdmin");
    assertThatThrownBy(() -> users.delete("admin", null)).isInstanceOf(AccountRefused.class);
    assertThatThrownBy(() -> users.setRole("admin", "manager", null)).isInstanceOf(AccountRefused.class);

    users.setRole(name, "admin", "admin");
    Reply demoted = anonymous.as(name, PASSWORD).put("/api/users/admin/role", JSON, Map.of("role", "manager"));
    assertThat(demoted.status()).as("another enabled admin stays").isEqualTo(200);
    users.setRole("admin", "admin", name);
    users.setRole(name, "member", "admin");
  }

  @Test
  void aUserChangesTheirOwnPasswordGivingTheCurrentOne() {
    Api member = anonymous.as(name, PASSWORD);

    Reply wrong = member.put("/api/me/password", JSON, Map.of("currentPassword", "not my password", "newPassword", "short"));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.json().get("errors").valueStream().map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
        .containsExactly("currentPassword:wrongPassword", "newPassword:passwordTooShort");

    Reply changed = member.put("/api/me/password", JSON, Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
    assertThat(changed.status()).isEqualTo(204);
    assertThat(member.get("/api/me").status()).isEqualTo(401);
    assertThat(anonymous.as(name, NEW_PASSWORD).get("/api/me").json().get("role").asString()).isEqualTo("MEMBER");
  }

  @Test
  void wrongCurrentPasswordsOnTheAccountPageCountAsFailedSignIns() {
    Api browser = Api.signedIn(port, name, PASSWORD);
    for (int i = 0; i < 10; i++) {
      assertThat(changeOnThePage(browser, "guess number " + i).status()).isEqualTo(422);
    }

    Reply throttled = changeOnThePage(browser, PASSWORD);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.headers().getFirst("Retry-After")).isEqualTo("300");
    assertThat(throttled.body()).contains("Too many wrong passwords. Wait 5 minutes before trying again.");
    assertThat(anonymous.as(name, PASSWORD).get("/api/me").status()).isEqualTo(429);
    clock.advance(Duration.ofMinutes(5));
    assertThat(changeOnThePage(browser, PASSWORD).status()).isEqualTo(302);
    assertThat(anonymous.as(name, NEW_PASSWORD).get("/api/me").status()).isEqualTo(200);
  }

  private static Reply changeOnThePage(Api browser, String current) {
    return browser.postForm("/account/password?lang=en", Map.of("currentPassword", current, "newPassword", NEW_PASSWORD,
        "repeated", NEW_PASSWORD, "_csrf", Api.csrfToken(browser.get("/account", "text/html").body())));
  }
}
