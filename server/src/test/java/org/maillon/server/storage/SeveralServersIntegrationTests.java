package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.ServerProcess;
import org.springframework.http.MediaType;

/**
 * Two real server processes on one PostgreSQL, started together as a rolling deployment may start
 * them (Flyway's lock lets one migrate while the other waits): a sign-in on one is valid on the
 * other, and ends on both when an admin disables its user on one; a model imported on one is what the other's pages show at once, and a scheduled job runs on
 * one of them only. Every wait is for a condition, with a deadline.
 */
class SeveralServersIntegrationTests {

  private static final String PASSWORD = "cluster-admin-secret";
  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private static final MediaType JSON = MediaType.APPLICATION_JSON;
  private static final String HTML = "text/html";
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  static String url;

  @TempDir Path folder;

  @BeforeAll
  static void postgres() {
    EmbeddedPostgresServer.assumeAvailable();
    url = EmbeddedPostgresServer.newDatabase("maillon_cluster");
  }

  @Test
  void twoProcessesShareSessionsVersionsAndScheduledWork() throws Exception {
    // Every locked job's first run comes 1 s after start, the next in an hour: within this test
    // each process tries each job exactly once, and the first to lock it holds it for the hour.
    Map<String, String> environment = Map.of("MAILLON_DB_URL", url, "MAILLON_DB_USER", "postgres",
        "MAILLON_DB_PASSWORD", "", "MAILLON_JOBS_FIRST_RUN", "PT1S",
        "LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK_CORE", "DEBUG",
        // Two JVMs start at once on a small machine: the quick compiler alone starts them sooner.
        "JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");
    List<ServerProcess> servers = startTogether(environment, "a", "b");
    try (ServerProcess a = servers.get(0); ServerProcess b = servers.get(1)) {
      Api adminOnA = Api.on(a.port()).as("admin", PASSWORD);
      assertThat(adminOnA.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")).status()).isEqualTo(201);

      String session = signIn(a, "admin", PASSWORD);
      assertThat(page(b, session, "/").body()).as("B, before B's own import").contains("Cuisines Bocage");

      Api adminOnB = Api.on(b.port()).as("admin", PASSWORD);
      assertThat(adminOnB.post("/api/model", YAML, ExampleModels.bytes("legion.yaml")).status()).isEqualTo(201);
      assertThat(page(a, session, "/").body()).as("A, right after B's import").contains("Legio X Equestris")
          .doesNotContain("Cuisines Bocage");

      assertThat(adminOnA.post("/api/users", JSON, Map.of("username", "ann", "password", PASSWORD, "role", "member"))
          .status()).isEqualTo(201);
      String annOnB = signIn(b, "ann", PASSWORD);
      page(a, annOnB, "/");
      assertThat(adminOnA.post("/api/users/ann/disable", JSON, Map.of()).status()).isEqualTo(200);
      Api.Reply ended = Api.on(b.port()).get("/", HTML, "Cookie", "JSESSIONID=" + annOnB);
      assertThat(ended.status()).as("ann's page on B once A disabled her").isEqualTo(302);
      assertThat(ended.headers().getLocation().getPath()).isEqualTo("/login");
      page(b, session, "/");

      for (String job : List.of("mail-purge", "reminders", "notices")) {
        await(() -> triedJob(a, job) && triedJob(b, job), "both processes tried " + job);
        assertThat(List.of(ranJob(a, job), ranJob(b, job))).as(job + " ran on A, on B").containsOnlyOnce(true);
      }
    }
  }

  /** Starts the servers at the same moment; if one fails, stops those that started, then fails. */
  private List<ServerProcess> startTogether(Map<String, String> environment, String... names)
      throws InterruptedException {
    List<CompletableFuture<ServerProcess>> starting = Stream.of(names).map(name -> CompletableFuture.supplyAsync(() -> {
      try {
        return ServerProcess.start(ServerProcess.JAR, folder.resolve(name).resolve("data"), PASSWORD, environment);
      } catch (Exception e) {
        throw new IllegalStateException("Server " + name + " did not start", e);
      }
    })).toList();
    try {
      return starting.stream().map(CompletableFuture::join).toList();
    } catch (CompletionException failed) {
      for (CompletableFuture<ServerProcess> server : starting) {
        if (!server.isCompletedExceptionally()) {
          server.join().close();
        }
      }
      throw failed;
    }
  }

  /** Signs in through the form of one process; the session cookie's value. */
  private static String signIn(ServerProcess server, String username, String password) {
    Api browser = Api.browser(server.port());
    Api.Reply signIn = browser.postForm("/login", Map.of("username", username, "password", password,
        "_csrf", Api.csrfToken(browser.get("/login", HTML).body())));
    assertThat(signIn.status()).isEqualTo(302);
    assertThat(signIn.headers().getLocation().getPath()).isNotEqualTo("/login");
    String cookie = signIn.setCookie("JSESSIONID");
    return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
  }

  /** A page asked with this session cookie and nothing else: answered, not sent to the sign-in form. */
  private static Api.Reply page(ServerProcess server, String session, String path) {
    Api.Reply page = Api.on(server.port()).get(path, HTML, "Cookie", "JSESSIONID=" + session);
    assertThat(page.status()).as(page.headers().toString()).isEqualTo(200);
    return page;
  }

  private static boolean triedJob(ServerProcess server, String job) {
    return ranJob(server, job) || server.output().contains("Not executing '" + job + "'. It's locked.");
  }

  private static boolean ranJob(ServerProcess server, String job) {
    return server.output().contains("Locked '" + job + "'");
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant limit = Instant.now().plus(DEADLINE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(limit)) {
        throw new AssertionError("Not within " + DEADLINE + ": " + what);
      }
      Thread.sleep(100);
    }
  }
}
