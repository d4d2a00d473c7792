package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tests of refused imports share: an admin on the API, the versions as they were before
 * each test, and the two refusals, each checked to have stored nothing.
 */
abstract class RefusedImports {

  static final MediaType ZIP = MediaType.parseMediaType("application/zip");
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  Api admin;
  private String versions;

  @BeforeEach
  void signIn() {
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    versions = admin.get("/api/model/versions").body();
  }

  void assertNothingStored() {
    assertThat(admin.get("/api/model/versions").body()).isEqualTo(versions);
  }

  /** A 422 with one problem, at {@code file}, {@code line} and {@code column} (0 for none). */
  void assertRejected(Reply reply, String file, int line, int column, String message) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(422);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(reply.json().get("errors").size()).isOne();
    JsonNode error = reply.json().get("errors").get(0);
    assertThat(error.get("file").asString()).isEqualTo(file);
    assertThat(error.get("line").asInt()).isEqualTo(line);
    assertThat(error.get("column").asInt()).isEqualTo(column);
    assertThat(error.get("message").asString()).isEqualTo(message);
    assertNothingStored();
  }

  /** A 413 problem naming the setting passed and its limit. */
  void assertTooLarge(Uploads.Answer reply, String setting, long limit) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(413);
    assertThat(MediaType.parseMediaType(reply.type()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode problem = JSON.readTree(reply.body());
    assertThat(problem.get("setting").asString()).isEqualTo(setting);
    assertThat(problem.get("limit").asLong()).isEqualTo(limit);
    assertThat(problem.get("detail").asString()).contains("nothing was stored");
    assertNothingStored();
  }
}
