package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ServerProcess;
import org.maillon.server.testing.SmallDisk;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The disk fills while the server runs: the real server jar on a data folder of its own small
 * disk (a tmpfs in a private mount namespace), filled to the last byte while it runs. Every write
 * answers 503 "retry later", none is kept, health is DOWN, signing in still works; once the file
 * that filled it is deleted, health is UP and writes are kept again, without a restart. More
 * writes than the pool has connections are tried each way, so that every connection meets both.
 */
class DiskFullIntegrationTests {

  static final String PASSWORD = CrashRound.PASSWORD;
  static final int WRITES = 10;

  @TempDir Path folder;

  @Test
  void whileTheDiskIsFullWritesAreRefusedAsRetryLaterAndOnceSpaceIsBackTheServerRecoversByItself()
      throws Exception {
    assumeTrue(SmallDisk.unshare().isPresent(), "no private mount namespace here (unshare -m)");
    Path data = Files.createDirectories(folder.resolve("data"));
    try (ServerProcess server = ServerProcess.start(ServerProcess.JAR, data, PASSWORD, Map.of(),
        SmallDisk.wrapper(data, "size=32m", ""))) {
      Api admin = CrashRound.admin(server);
      long campaign = CrashRound.campaign(admin);
      Path filler = SmallDisk.fill(SmallDisk.seen(server.pid(), data));

      for (int i = 0; i < WRITES; i++) {
        refusedForNow(admin.post("/api/users", MediaType.APPLICATION_JSON, user("refused-" + i)));
      }
      refusedForNow(admin.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
          Map.of("customer", CrashRound.CUSTOMER, "count", 3)));
      assertThat(health(server)).isEqualTo(503);
      assertThat(admin.get("/api/users").status()).as("HTTP Basic sign-in while the disk is full").isEqualTo(200);
      Api page = Api.signedIn(server.port(), "admin", PASSWORD);
      MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
      Map.of("username", "refused-page", "password", "a password long enough", "role", "member", "personId", "",
          "_csrf", Api.csrfToken(page.get("/users", "text/html").body())).forEach(fields::add);
      Api.Reply form = page.post("/users?lang=fr", MediaType.APPLICATION_FORM_URLENCODED, fields,
          HttpHeaders.ACCEPT, "text/html");
      assertThat(form.status()).isEqualTo(503);
      assertThat(form.body()).contains("son disque est plein. Rien n’a été enregistré");

      Files.delete(filler);

      assertThat(health(server)).isEqualTo(200);
      for (int i = 0; i < WRITES; i++) {
        assertThat(admin.post("/api/users", MediaType.APPLICATION_JSON, user("kept-" + i)).status()).isEqualTo(201);
      }
      assertThat(admin.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
          Map.of("customer", CrashRound.CUSTOMER, "count", 3)).status()).isEqualTo(201);
      String users = admin.get("/api/users").body();
      assertThat(users).contains("kept-0", "kept-" + (WRITES - 1)).doesNotContain("refused-");
      assertThat(admin.get("/api/campaigns/" + campaign).json().get("invitations").get("sent").asInt())
          .as("only the invitations made once space was back").isEqualTo(3);
    }
  }

  private static void refusedForNow(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(reply.json().get("title").asString()).isEqualTo("Storage full");
    assertThat(reply.json().get("detail").asString()).contains("nothing was stored", "Retry later");
    assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
  }

  private static int health(ServerProcess server) {
    return Api.on(server.port()).get("/actuator/health").status();
  }

  private static Map<String, Object> user(String name) {
    return Map.of("username", name, "password", "a password long enough", "role", "member");
  }
}
