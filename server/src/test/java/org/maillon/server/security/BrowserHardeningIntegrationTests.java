package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewCampaign;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The headers browsers are given, over real HTTP, and the API refusing what a page of another site
 * sends with the HTTP Basic credentials a browser cached, while scripts and Maillon's own pages
 * keep working.
 */
@ApiTest
class BrowserHardeningIntegrationTests {

  static final String EVIL = "https://evil.example";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired ListeningService listening;

  @Test
  void pagesRunOnlyMaillonsOwnScriptsAndAreNeverFramed() {
    Reply login = Api.on(port).get("/login", "text/html");

    assertThat(login.status()).isEqualTo(200);
    HttpHeaders headers = login.headers();
    assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Permissions-Policy")).isEqualTo(BrowserHardening.PERMISSIONS);
    assertThat(headers.getFirst("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
    assertThat(headers.getFirst("Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
    assertThat(headers.containsHeader("Strict-Transport-Security")).as("HSTS over plain HTTP").isFalse();
  }

  @Test
  void theCookiesAreLaxAndAForwardedProtoIsIgnoredByDefault() {
    Reply login = Api.on(port).get("/login?lang=fr", "text/html", "X-Forwarded-Proto", "https");

    assertThat(login.setCookie("JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(login.setCookie("maillon-lang")).contains("SameSite=Lax");
    assertThat(login.headers().containsHeader("Strict-Transport-Security")).isFalse();
  }

  @Test
  void theApiAnswersDataUnderAPolicyThatAllowsNothingButItsDocumentationIsAPage() {
    Reply versions = admin().get("/api/model/versions");
    assertThat(versions.headers().getFirst("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    assertThat(versions.headers().getFirst("Referrer-Policy")).isEqualTo("same-origin");

    Reply docs = Api.on(port).get("/api/docs");
    assertThat(docs.status()).isEqualTo(302);
    Reply swagger = Api.on(port).get(docs.headers().getLocation().getPath(), "text/html");
    assertThat(swagger.status()).isEqualTo(200);
    assertThat(swagger.headers().getFirst("Content-Security-Policy")).isEqualTo(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  }

  /** Who sends a multipart import with the admin's credentials, and what Maillon answers. */
  static Stream<Arguments> senders() {
    return Stream.of(
        arguments("a page of another site", Map.of("Origin", EVIL), 403),
        arguments("a page of another site", Map.of("Sec-Fetch-Site", "cross-site", "Origin", EVIL), 403),
        arguments("a page of a sibling site", Map.of("Sec-Fetch-Site", "same-site", "Origin", "http://a.localhost"), 403),
        arguments("a sandboxed page", Map.of("Origin", "null"), 403),
        arguments("a script", Map.of(), 201),
        arguments("a typed address", Map.of("Sec-Fetch-Site", "none"), 201),
        arguments("Maillon's own page", Map.of("Origin", "http://localhost:{port}"), 201),
        arguments("Maillon's own page", Map.of("Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:{port}"), 201));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("senders")
  void aMultipartImportIsRefusedWhenAPageOfAnotherSiteSendsItAndOnlyThen(String sender, Map<String, String> browser,
      int status) {
    int versions = organizations.versions().size();

    Reply reply = admin().post("/api/model", MediaType.MULTIPART_FORM_DATA, upload(), headers(browser));

    assertThat(reply.status()).isEqualTo(status);
    if (status == 403) {
      assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(reply.json().get("detail").asString()).contains("another site");
    }
    assertThat(organizations.versions()).hasSize(status == 201 ? versions + 1 : versions);
  }

  @Test
  void aSurveyAnswerFromMaillonsOwnPageIsKeptAndOneFromAnotherSiteRefused() {
    ExampleModels.smeIsCurrent(organizations, current);
    long campaign = listening.createCampaign(
        new NewCampaign("ventes-magasins", List.of("particuliers"), null, null, null), "tests").id();
    List<String> tokens = listening.invite(campaign, NewInvitations.count("particuliers", 2)).stream()
        .map(invitation -> invitation.token()).toList();
    Map<String, Object> answer = Map.of("answers", List.of(Map.of("question", 0, "value", 9)));

    Reply fromAnotherSite = Api.on(port).post("/api/responses/" + tokens.get(0), MediaType.APPLICATION_JSON, answer,
        "Sec-Fetch-Site", "cross-site", "Origin", EVIL);
    Reply fromMaillon = Api.on(port).post("/api/responses/" + tokens.get(1), MediaType.APPLICATION_JSON, answer,
        "Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + port);

    assertThat(fromAnotherSite.status()).isEqualTo(403);
    assertThat(fromMaillon.status()).isEqualTo(201);
    assertThat(Api.on(port).post("/api/responses/" + tokens.get(0), MediaType.APPLICATION_JSON, answer).status())
        .as("the refused token is still unused").isEqualTo(201);
  }


  private Api admin() {
    return Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
  }

  private String[] headers(Map<String, String> browser) {
    return browser.entrySet().stream()
        .flatMap(header -> Stream.of(header.getKey(),
            header.getValue().replace("{port}", String.valueOf(port))))
        .toArray(String[]::new);
  }

  private static MultiValueMap<String, Object> upload() {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(ExampleModels.bytes("sme.yaml")) {
      @Override
      public String getFilename() {
        return "sme.yaml";
      }
    });
    return form;
  }
}
