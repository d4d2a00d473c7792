package org.maillon.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.diff.VersionDiff;
import org.maillon.diff.VersionDiffJson;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.PageText;
import org.maillon.testing.SmeVersions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo SME, then its next version ({@link SmeVersions}). The API's diff of the two stored
 * versions is the diff of the two files; the history page says it with names.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionHistoryIntegrationTests {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String REASON = "Yannick rejoint Fabrice";

  @LocalServerPort int port;
  @Autowired Clock clock;
  Api admin;
  long older;
  long newer;
  byte[] changed;

  @BeforeAll
  void importTwoVersions() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    changed = SmeVersions.nextVersionYaml();
    older = imported(admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")));
    newer = imported(admin.post("/api/model?reason=" + REASON, YAML, changed));
  }

  @Test
  void theApiAnswersTheDiffOfTheTwoFilesAsTheCommandLinePrintsIt() {
    Reply reply = admin.get("/api/model/versions/" + older + "/diff/" + newer + "?lang=en");
    assertThat(reply.status()).isEqualTo(200);
    VersionDiff files = VersionDiff.between(
        ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).diagnose(LocalDate.now(clock)),
        ModelFiles.read("changed.yaml", changed, Locale.ENGLISH).diagnose(LocalDate.now(clock)));
    StringWriter expected = new StringWriter();
    VersionDiffJson.write(files, expected, Locale.ENGLISH);
    assertThat(JSON.readTree(reply.body())).isEqualTo(JSON.readTree(expected.toString()));
    assertThat(reply.json().at("/people/changed").toString())
        .isEqualTo("[{\"id\":\"p-0020\",\"field\":\"manager\",\"before\":\"p-0017\",\"after\":\"p-0014\"}]");
    assertThat(reply.json().at("/figures/valueChain/teams").toString()).isEqualTo("{\"before\":22,\"after\":21}");
  }

  @Test
  void anUnknownVersionIsNotFoundAndAMemberMayNotCompare() {
    assertThat(admin.get("/api/model/versions/" + older + "/diff/999999").status()).isEqualTo(404);
    admin.post("/api/users", MediaType.APPLICATION_JSON,
        Map.of("username", "history-member", "password", "a password long enough", "role", "member"));
    Api member = Api.on(port).as("history-member", "a password long enough");
    assertThat(member.get("/api/model/versions/" + older + "/diff/" + newer).status()).isEqualTo(403);
  }

  @Test
  void theHistoryPageSaysWhatTheNewestVersionChangedWithNames() {
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    String page = PageText.visible(browser.get("/model/history?lang=fr", "text/html").body());
    assertThat(page)
        .contains("Version " + newer + " —")
        .contains("Yannick Schmitt — manager : Agathe Morin → Fabrice Richard")
        .contains("Retrait : Grands comptes promoteurs")
        .contains("Ajout : Systèmes d'information → Service client")
        .contains("Équipes 22 21")
        .contains("Constats disparus")
        .contains("Import d’un fichier YAML — " + REASON)
        .doesNotContain("p-0020").doesNotContain("grands-comptes");
    assertThat(PageText.CODE.matcher(page).find()).as(page).isFalse();
    assertThat(PageText.visible(browser.get("/model/history?lang=en", "text/html").body()))
        .contains("6 changes to the model; 13 figures of the diagnosis moved; 5 findings appeared and 3 went.");
  }

  @Test
  void theVersionsSayWhoMadeThemWhatKindOfChangeAndWhy() {
    JsonNode version = admin.get("/api/model/versions").json().get(0);
    assertThat(version.get("id").asLong()).isEqualTo(newer);
    assertThat(version.get("importedBy").asString()).isEqualTo("admin");
    assertThat(version.get("kind").asString()).isEqualTo("import");
    assertThat(version.get("reason").asString()).isEqualTo(REASON);
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    assertThat(PageText.visible(browser.get("/model?lang=en", "text/html").body()))
        .contains("Import of a YAML file " + REASON);
  }

  @Test
  void aReasonLongerThan500CharactersIsALocatedProblemAndNothingIsImported() {
    long before = admin.get("/api/model/versions").json().size();
    Reply refused = admin.post("/api/model?reason=" + "x".repeat(501), YAML, changed);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("file").asString()).isEqualTo("reason");
    assertThat(admin.get("/api/model/versions").json().size()).isEqualTo(before);
  }

  private static long imported(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }
}
