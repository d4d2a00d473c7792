package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/** Import, export and versions over HTTP, and the diagnosis they lead to. */
@ApiTest
class ModelApiIntegrationTests {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final MediaType ZIP = MediaType.parseMediaType("application/zip");

  @LocalServerPort int port;
  @Autowired Clock clock;
  Api admin;

  @BeforeEach
  void signIn() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
  }

  @Test
  void aYamlModelBecomesTheNewestVersion() {
    Reply reply = admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml"));

    assertThat(reply.status()).isEqualTo(201);
    JsonNode version = reply.json();
    assertThat(version.get("organization").asString()).isEqualTo("Cuisines Bocage & Fils");
    assertThat(version.get("headcount").asInt()).isEqualTo(500);
    assertThat(version.get("importedBy").asString()).isEqualTo("admin");
    assertThat(version.get("format").asString()).isEqualTo("yaml");
    assertThat(version.get("importedAt").asString()).isNotBlank();
    assertThat(version.get("warnings").isArray()).isTrue();
    JsonNode newest = admin.get("/api/model/versions").json().get(0);
    assertThat(newest.get("id").asLong()).isEqualTo(version.get("id").asLong());
  }

  @Test
  void aJsonModelIsImported() {
    Reply reply = admin.post("/api/model", MediaType.APPLICATION_JSON, json("legion.yaml"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("format").asString()).isEqualTo("json");
    assertThat(reply.json().get("headcount").asInt()).isEqualTo(
        ModelFiles.read("legion.yaml", ExampleModels.bytes("legion.yaml"), Locale.ENGLISH).organization().people().size());
  }

  @Test
  void aZipOfCsvFilesIsImported() {
    Reply reply = admin.post("/api/model", ZIP, ExampleModels.zipped("sme-csv"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("format").asString()).isEqualTo("csv");
    assertThat(reply.json().get("headcount").asInt()).isEqualTo(500);
  }

  @Test
  void anUploadedFileIsImportedByItsExtension() {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(ExampleModels.bytes("sme.yaml")) {
      @Override
      public String getFilename() {
        return "sme.yaml";
      }
    });

    Reply reply = admin.post("/api/model", MediaType.MULTIPART_FORM_DATA, form);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("headcount").asInt()).isEqualTo(500);
  }

  @Test
  void aMalformedModelIsRejectedWithLocatedErrorsAndChangesNothing() {
    admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml"));
    String versionsBefore = admin.get("/api/model/versions").body();
    String diagnosisBefore = admin.get("/api/diagnosis").body();
    byte[] broken = """
        organization: Broken
        teams:
          - id: sales
            kind: sideways
        people:
          - id: p1
            team: nowhere
        """.getBytes(StandardCharsets.UTF_8);

    Reply reply = admin.post("/api/model", YAML, broken);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode errors = reply.json().get("errors");
    assertThat(errors.size()).isGreaterThanOrEqualTo(2);
    for (JsonNode error : errors) {
      assertThat(error.get("file").asString()).isNotBlank();
      assertThat(error.get("line").asInt()).isPositive();
      assertThat(error.get("column").asInt()).isPositive();
      assertThat(error.get("message").asString()).isNotBlank();
    }
    assertThat(admin.get("/api/model/versions").body()).isEqualTo(versionsBefore);
    assertThat(admin.get("/api/diagnosis").body()).isEqualTo(diagnosisBefore);
  }

  @Test
  void anIdLongerThanTheServerKeepsIsALocatedProblem() {
    String versionsBefore = admin.get("/api/model/versions").body();
    byte[] model = """
        customers:
          - id: %s
        teams:
          - id: sales
        people:
          - id: p1
            team: sales
        """.formatted("c".repeat(600)).getBytes(StandardCharsets.UTF_8);

    Reply reply = admin.post("/api/model", YAML, model);

    assertThat(reply.status()).isEqualTo(422);
    JsonNode error = reply.json().get("errors").get(0);
    assertThat(reply.json().get("errors")).hasSize(1);
    assertThat(List.of(error.get("line").asInt(), error.get("column").asInt())).containsExactly(2, 9);
    assertThat(error.get("message").asString()).isEqualTo("'id' is 600 characters long: at most 200");
    assertThat(admin.get("/api/model/versions").body()).isEqualTo(versionsBefore);
  }

  @Test
  void warningsComeBackWithTheAcceptedVersion() {
    byte[] model = """
        organization: Small
        colour: blue
        customers:
          - id: buyers
        teams:
          - id: shop
            kind: front-line
        people:
          - id: p1
            team: shop
        links:
          - from: shop
            to: buyers
        """.getBytes(StandardCharsets.UTF_8);

    Reply reply = admin.post("/api/model", YAML, model);

    assertThat(reply.status()).isEqualTo(201);
    JsonNode warning = reply.json().get("warnings").get(0);
    assertThat(warning.get("line").asInt()).isEqualTo(2);
    assertThat(warning.get("message").asString()).contains("colour");
  }

  @Test
  void aFileThatIsNoModelAtAllIsRejectedToo() {
    Reply reply = admin.post("/api/model", ZIP, "not a zip".getBytes(StandardCharsets.UTF_8));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("errors").size()).isPositive();
  }

  @Test
  void theDiagnosisIsTheBytesOfTheCoreWriter() {
    byte[] sme = ExampleModels.bytes("sme.yaml");
    admin.post("/api/model", YAML, sme);

    assertThat(admin.get("/api/diagnosis").body())
        .isEqualTo(ExampleModels.diagnosisJson("sme.yaml", sme, LocalDate.now(clock), false, Locale.ENGLISH));
    assertThat(admin.get("/api/diagnosis", null, "Accept-Language", "fr-FR,fr;q=0.9").body())
        .isEqualTo(ExampleModels.diagnosisJson("sme.yaml", sme, LocalDate.now(clock), false, Locale.FRENCH));
    assertThat(admin.get("/api/diagnosis?summary=true&lang=fr").body())
        .isEqualTo(ExampleModels.diagnosisJson("sme.yaml", sme, LocalDate.now(clock), true, Locale.FRENCH));
  }

  @Test
  void anExportImportedAgainIsDiagnosedTheSame() {
    admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml"));
    String diagnosis = admin.get("/api/diagnosis").body();

    Reply yaml = admin.get("/api/model", "application/yaml");
    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.type().isCompatibleWith(YAML)).isTrue();
    assertThat(admin.post("/api/model", YAML, yaml.body().getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    assertThat(admin.get("/api/diagnosis").body()).isEqualTo(diagnosis);

    Reply json = admin.get("/api/model", "application/json");
    assertThat(json.type().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(admin.post("/api/model", MediaType.APPLICATION_JSON, json.body().getBytes(StandardCharsets.UTF_8))
        .status()).isEqualTo(201);
    assertThat(admin.get("/api/diagnosis").body()).isEqualTo(diagnosis);
  }

  @Test
  void versionsComeNewestFirst() {
    admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml"));
    admin.post("/api/model", YAML, ExampleModels.bytes("legion.yaml"));

    JsonNode versions = admin.get("/api/model/versions").json();

    assertThat(versions.get(0).get("organization").asString()).isNotEqualTo(versions.get(1).get("organization")
        .asString());
    for (int i = 1; i < versions.size(); i++) {
      assertThat(versions.get(i - 1).get("id").asLong()).isGreaterThan(versions.get(i).get("id").asLong());
    }
  }

  @Test
  void springsOwnErrorsOnTheApiAreProblemsToo() {
    Reply unknown = admin.get("/api/no-such-thing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

    Reply plainText = admin.post("/api/model", MediaType.TEXT_PLAIN, "organization: x".getBytes(StandardCharsets.UTF_8));
    assertThat(plainText.status()).isEqualTo(415);
    assertThat(plainText.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  private static byte[] json(String example) {
    StringWriter out = new StringWriter();
    ModelWriter.writeJson(ModelFiles.read(example, ExampleModels.bytes(example), Locale.ENGLISH).organization(), out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
