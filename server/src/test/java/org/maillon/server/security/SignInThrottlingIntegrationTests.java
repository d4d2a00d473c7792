package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * The row "200 wrong passwords for admin, by HTTP Basic and by the form: all tried freely", rerun:
 * after 10 failures the API answers 429 with Retry-After and the form asks to wait, the right
 * password too, until the window has passed; and every attempt is logged without its password.
 */
@SignInServerTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIntegrationTests {

  static final String WRONG = "not-the-password-";

  @LocalServerPort int port;
  @Autowired MutableClock clock;

  @BeforeEach
  void failuresOfEarlierTestsLeaveTheWindow() {
    clock.advance(Duration.ofMinutes(6));
  }

  @Test
  void twoHundredWrongPasswordsByHttpBasicAreThrottledAfterTen(CapturedOutput output) {
    Api anonymous = Api.on(port);
    List<Integer> statuses = new ArrayList<>();
    Reply last = null;
    for (int i = 0; i < 200; i++) {
      last = anonymous.as("admin", WRONG + i).get("/api/users");
      statuses.add(last.status());
    }

    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.subList(10, 200)).containsOnly(429);
    assertThat(last.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(last.json().get("status").asInt()).isEqualTo(429);
    assertThat(Long.parseLong(last.headers().getFirst("Retry-After"))).isBetween(1L, 300L);
    assertThat(anonymous.as("admin", ApiTest.ADMIN_PASSWORD).get("/api/users").status()).isEqualTo(429);

    clock.advance(Duration.ofSeconds(Long.parseLong(last.headers().getFirst("Retry-After"))));

    assertThat(anonymous.as("admin", ApiTest.ADMIN_PASSWORD).get("/api/users").status()).isEqualTo(200);
    assertThat(output.getOut()).contains("sign-in outcome=wrong-password user=admin address=127.0.0.1")
        .contains("sign-in throttled: user=admin address=127.0.0.1")
        .doesNotContain(WRONG).doesNotContain(ApiTest.ADMIN_PASSWORD).doesNotContain("{bcrypt}");
  }

  @Test
  void twoHundredWrongPasswordsByTheFormAreThrottledAfterTenWithAPlainMessage() {
    Api browser = Api.browser(port);
    List<String> landings = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      landings.add(signIn(browser, WRONG + i));
    }

    assertThat(landings.subList(0, 10)).containsOnly("/login?error");
    assertThat(landings.subList(10, 200)).containsOnly("/login?wait=5");
    assertThat(browser.get("/login?wait=5&lang=en", "text/html").body())
        .contains("Too many failed sign-ins for this account or from this address. Wait 5 minutes before trying again.");
    assertThat(browser.get("/login?wait=1&lang=fr", "text/html").body())
        .contains("Trop de connexions échouées pour ce compte ou depuis cette adresse. Attendez 1 minute avant de réessayer.");
    assertThat(signIn(browser, ApiTest.ADMIN_PASSWORD)).isEqualTo("/login?wait=5");

    clock.advance(Duration.ofMinutes(5));

    assertThat(signIn(browser, ApiTest.ADMIN_PASSWORD)).isEqualTo("/");
  }

  @Test
  void theFormAndTheApiShareTheCountAndASuccessResetsIt() {
    Api browser = Api.browser(port);
    for (int i = 0; i < 9; i++) {
      assertThat(Api.on(port).as("admin", WRONG + i).get("/api/users").status()).isEqualTo(401);
    }
    assertThat(signIn(browser, ApiTest.ADMIN_PASSWORD)).isEqualTo("/");
    for (int i = 0; i < 9; i++) {
      assertThat(signIn(Api.browser(port), WRONG + i)).isEqualTo("/login?error");
    }

    assertThat(Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD).get("/api/users").status()).isEqualTo(200);
  }

  @Test
  void aCraftedWaitLinkCanOnlySayANumberOfMinutes() {
    assertThat(Api.on(port).get("/login?wait=%3Cb%3Eforever%3C/b%3E&lang=en", "text/html").body())
        .doesNotContain("id=\"throttled\"").doesNotContain("Too many");
    assertThat(Api.on(port).get("/login?wait=600&lang=en", "text/html").body()).doesNotContain("Too many");
  }

  /** Signs in through the form; where the server sends the browser next. */
  private String signIn(Api browser, String password) {
    String token = Api.csrfToken(browser.get("/login", "text/html").body());
    Reply reply = browser.postForm("/login", Map.of("username", "admin", "password", password, "_csrf", token));
    assertThat(reply.status()).isEqualTo(302);
    return reply.headers().getLocation().getRawPath()
        + (reply.headers().getLocation().getRawQuery() == null ? "" : "?" + reply.headers().getLocation().getRawQuery());
  }
}
