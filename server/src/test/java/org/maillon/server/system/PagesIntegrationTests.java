package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** The pages' frame: sign-in before anything, in the browser's language or the one chosen. */
@ApiTest
class PagesIntegrationTests {

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @LocalServerPort int port;

  @Test
  void pagesAskToSignInFirst() {
    Reply home = Api.on(port).get("/", "text/html");

    assertThat(home.status()).isEqualTo(302);
    assertThat(home.headers().getLocation().getPath()).isEqualTo("/login");
  }

  @Test
  void theSignInPageSpeaksTheBrowsersLanguageOrTheOneChosen() {
    Reply french = Api.on(port).get("/login", "text/html", "Accept-Language", "fr-FR");
    assertThat(french.status()).isEqualTo(200);
    assertThat(french.body()).contains("Se connecter").contains("name=\"_csrf\"");

    Reply english = Api.on(port).get("/login?lang=en", "text/html", "Accept-Language", "fr-FR");
    assertThat(english.body()).contains("Sign in");
  }

  @Test
  void everyPageNamesTheIconThatAnyoneMayFetch() {
    assertThat(Api.on(port).get("/login", "text/html").body())
        .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">");

    Reply icon = Api.on(port).get("/favicon.svg", "image/svg+xml");
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.headers().getContentType().toString()).startsWith("image/svg+xml");
    assertThat(icon.body()).startsWith("<svg");
  }

  @Test
  void pagesTakeNoHttpBasic() {
    Reply home = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD).get("/", "text/html");

    assertThat(home.status()).isEqualTo(302);
  }

  @Test
  void theSignInFormNeedsItsCsrfToken() {
    Api browser = Api.browser(port);
    browser.get("/login", "text/html");

    Reply reply = browser.postForm("/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void theHomePageShowsTheCurrentFiguresOnceSignedIn() {
    Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD)
        .post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"));
    Api browser = Api.browser(port);
    Matcher token = CSRF.matcher(browser.get("/login", "text/html").body());
    assertThat(token.find()).isTrue();

    Reply signIn = browser.postForm("/login",
        Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD, "_csrf", token.group(1)));
    assertThat(signIn.status()).isEqualTo(302);
    assertThat(signIn.headers().getLocation().getPath()).isEqualTo("/");

    Reply home = browser.get("/?lang=fr", "text/html");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Cuisines Bocage &amp; Fils").contains("Effectif").contains("500");
  }

  @Test
  void theHomePageShowsTheCoverageOfCustomerCardsAndTheListeningOnTimeAsTheApiCountsThem() {
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"));
    JsonNode coverage = admin.get("/api/knowledge/coverage").json().get("organisation");
    JsonNode listening = admin.get("/api/listening/overdue").json();
    int links = listening.get("links").asInt();
    int onTime = listening.get("onTime").asInt();

    String home = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD).get("/?lang=en", "text/html").body();

    assertThat(section(home, "action-knowledge"))
        .contains("(" + coverage.get("fresh").asInt() + " of " + coverage.get("total").asInt() + ")");
    assertThat(section(home, "action-voice"))
        .contains("(" + onTime + " of " + links + "; " + (links - onTime) + " overdue)");
  }

  @Test
  void theFindingsOfOneLinkAreListedInFullWithNamesAndAnUnknownLinkIsNotFound() {
    Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD)
        .post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"));
    Api admin = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);

    Reply obesity = admin.get("/findings?link=obesity&lang=en", "text/html");

    assertThat(obesity.status()).isEqualTo(200);
    assertThat(obesity.body()).contains("Findings: Hierarchical obesity")
        .contains("2 people have no manager (Camille Martin, Xavier Morin)")
        .contains("Isabelle Garcia manages only 2 direct report(s).")
        .doesNotContain("p-0001").doesNotContain("Procedure ");
    assertThat(admin.get("/findings?lang=fr", "text/html").body()).contains("<h1 class=\"h2\">Constats</h1>")
        .contains("L’équipe Audit interne").contains("Justine Arnaud");
    assertThat(admin.get("/findings?link=nonsense&lang=en", "text/html").status()).isEqualTo(404);
  }

  @Test
  void theFindingsPageOffersTheDiagnosisAsASpreadsheetAndTheModelPageTheModel() {
    Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD)
        .post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"));
    Api admin = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);

    assertThat(admin.get("/findings?lang=fr", "text/html").body())
        .contains("href=\"/findings?format=xlsx\">Télécharger en classeur</a>");
    assertThat(admin.get("/model?lang=fr", "text/html").body()).contains(">Classeur</a>");
    for (String path : new String[] {"/findings?format=xlsx", "/model/export?format=xlsx"}) {
      Reply workbook = admin.get(path, "*/*");
      assertThat(workbook.status()).as(path).isEqualTo(200);
      assertThat(workbook.type().toString())
          .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(workbook.headers().getContentDisposition().getFilename()).endsWith(".xlsx");
    }
  }

  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isPositive();
    return page.substring(start, page.indexOf("</p>", start));
  }

  @Test
  void unknownPagesShowTheErrorPage() {
    Api browser = Api.browser(port);
    Matcher token = CSRF.matcher(browser.get("/login", "text/html").body());
    assertThat(token.find()).isTrue();
    browser.postForm("/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD, "_csrf", token.group(1)));

    Reply missing = browser.get("/no/such/page?lang=en", "text/html");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("Something went wrong");
  }
}
