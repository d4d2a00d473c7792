package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A first start on an empty database, without MAILLON_ADMIN_PASSWORD: an admin with a generated
 * password printed to the log, and nothing to show yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "maillon.data-dir=target/test-data/maillon-fresh-${random.uuid}")
@ExtendWith(OutputCaptureExtension.class)
class FreshServerIntegrationTests {

  @LocalServerPort int port;
  @Autowired UserService users;

  @Test
  void theFirstAdminHasAGeneratedPasswordShownOnceAndThereIsNoModelYet(CapturedOutput output) {
    assertThat(users.all()).singleElement().satisfies(user -> {
      assertThat(user.username()).isEqualTo("admin");
      assertThat(user.role()).isEqualTo(Role.ADMIN);
    });
    String password = generatedPassword(output);
    assertThat(password).as("the generated password in the log").isNotNull();
    assertThat(Api.on(port).as("admin", password).get("/api/model/versions").status()).isEqualTo(200);

    users.create("fresh-manager", "a password long enough", Role.MANAGER, null);
    Api manager = Api.on(port).as("fresh-manager", "a password long enough");
    Reply model = manager.get("/api/model", "application/yaml");
    assertThat(model.status()).isEqualTo(404);
    assertThat(model.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(manager.get("/api/diagnosis").status()).isEqualTo(404);
    assertThat(manager.get("/api/teams/sales").status()).isEqualTo(404);
    assertThat(manager.get("/api/model/versions").body()).isEqualTo("[]");
  }

  private static String generatedPassword(CapturedOutput output) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("user admin with the password (\\S+)")
        .matcher(output.getAll());
    return matcher.find() ? matcher.group(1) : null;
  }
}
