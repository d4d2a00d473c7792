package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.DemoClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The demo's centricity answers of the API, byte for byte, as the server gave them when this test
 * was written: the organisation's index, every team's and the evolution, on the demo's
 * deterministic history at a fixed instant (the import's own time, read from the wall clock, put
 * aside). Moving the scoring did not change a byte of them; the pages, which show the same figures
 * in words, are free to change. When a change is meant to change the figures, run once with
 * {@code -Dcentricity.pin=true} to write the new answers and review their diff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-demo-centricity-${random.uuid}",
    "maillon.demo=true",
    "maillon.demo.model=../examples/sme.yaml"})
@Import(DemoClockConfiguration.class)
class DemoCentricityIntegrationTests {

  private static final Path PINNED = Path.of("src", "test", "resources", "centricity", "demo");
  private static final String PASSWORD = "pinned-centricity-reader";

  @LocalServerPort int port;
  @Autowired UserService users;

  @Test
  void theApiAnswersAreThoseOfTheServerBeforeTheScoringMoved() throws IOException {
    users.create("centricity-reader", PASSWORD, Role.ADMIN, null);
    Api api = Api.on(port).as("centricity-reader", PASSWORD);
    List<String> mismatches = new ArrayList<>();

    Reply organisation = api.get("/api/centricity");
    check("organisation.json", organisation, mismatches);
    check("history.json", api.get("/api/centricity/history"), mismatches);
    for (JsonNode team : organisation.json().get("teams")) {
      String id = team.get("team").asString();
      check("team-" + id + ".json", api.get("/api/teams/" + id + "/centricity"), mismatches);
    }
    assertThat(mismatches).as("answers that differ from %s", PINNED).isEmpty();
  }

  private static void check(String name, Reply reply, List<String> mismatches) throws IOException {
    assertThat(reply.status()).as(name).isEqualTo(200);
    String body = reply.body().replaceAll("(\"importedAt\":\")[^\"]+", "$1…");
    Path file = PINNED.resolve(name);
    if (Boolean.getBoolean("centricity.pin")) {
      Files.createDirectories(PINNED);
      Files.writeString(file, body, StandardCharsets.UTF_8);
    } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(body)) {
      mismatches.add(name);
    }
  }
}
