package org.maillon.server.diagnosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Before any import, every page that reads the model answers alike: the invitation to import, in the
 * frame of the pages (menu, language links, who is signed in), in the page's language; the API answers
 * the same state with its problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-no-model-${random.uuid}",
    "maillon.admin-password=" + NoModelPagesIntegrationTests.PASSWORD})
class NoModelPagesIntegrationTests {

  static final String PASSWORD = "admin-secret-for-no-model";

  static final List<String> PAGES = List.of("/value-chain", "/support", "/teams", "/teams/sales",
      "/teams/sales/voice", "/teams/sales/centricity", "/hierarchy", "/bureaucracy", "/customers",
      "/customers/acme", "/me/customers", "/people", "/people/alice", "/listening", "/listening/campaigns",
      "/listening/conversations", "/pulse", "/centricity");

  @LocalServerPort int port;

  @Test
  void everyPageThatReadsTheModelInvitesToImportOneInTheFrameOfThePages() {
    Api admin = Api.signedIn(port, "admin", PASSWORD);
    for (String page : PAGES) {
      Reply french = admin.get(page + "?lang=fr", "text/html");
      assertThat(french.status()).as(page).isEqualTo(200);
      assertThat(french.body()).as(page)
          .contains("Aucun modèle n&#39;a encore été importé.")
          .contains(">admin</a>")
          .contains("href=\"/teams\"")
          .contains("?lang=en");
      Reply english = admin.get(page + "?lang=en", "text/html");
      assertThat(english.body()).as(page).contains("No model has been imported yet.");
    }
  }

  @Test
  void theApiAnswersTheSameStateWithItsProblem() {
    Reply reply = Api.on(port).as("admin", PASSWORD).get("/api/teams/sales");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(reply.body()).contains("urn:maillon:problem:no-model");
  }
}
