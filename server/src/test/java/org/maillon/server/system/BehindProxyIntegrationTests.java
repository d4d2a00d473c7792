package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code maillon.behind-proxy=true}: what a TLS-terminating proxy on the same host forwards is
 * believed. A request it received over HTTPS gets HSTS and a Secure session cookie, and a page of
 * the public origin it serves is Maillon's own.
 */
@ApiTest
@TestPropertySource(properties = "maillon.behind-proxy=true")
class BehindProxyIntegrationTests {

  static final String[] FORWARDED_HTTPS = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "maillon.example"};

  @LocalServerPort int port;

  @Test
  void aRequestTheProxyReceivedOverHttpsGetsHstsAndASecureCookie() {
    Reply login = Api.on(port).get("/login", "text/html", FORWARDED_HTTPS);

    assertThat(login.headers().getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    assertThat(login.setCookie("JSESSIONID")).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void overPlainHttpThereIsNoHstsNorSecureCookie() {
    Reply login = Api.on(port).get("/login", "text/html");

    assertThat(login.headers().containsHeader("Strict-Transport-Security")).isFalse();
    assertThat(login.setCookie("JSESSIONID")).doesNotContain("Secure");
  }

  @Test
  void aPageOfThePublicOriginIsMaillonsOwn() {
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    byte[] model = ExampleModels.bytes("sme.yaml");
    MediaType yaml = MediaType.parseMediaType("application/yaml");

    Reply forwarded = admin.post("/api/model", yaml, model, "X-Forwarded-Proto", "https",
        "X-Forwarded-Host", "maillon.example", "Origin", "https://maillon.example");
    Reply direct = admin.post("/api/model", yaml, model, "Origin", "https://maillon.example");

    assertThat(forwarded.status()).isEqualTo(201);
    assertThat(direct.status()).as("seen without the proxy, that origin is another site").isEqualTo(403);
  }

}
