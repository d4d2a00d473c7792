package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.maillon.server.MaillonServer;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ExampleModels;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A restart on a large model: a server restarted on a stored model serves requests
 * before that model is loaded. Until it is, the model's endpoints answer 503 "loading" with
 * {@code Retry-After}, never 404 "no model imported", readiness and health answer 503, and pages
 * say, in the user's language, that the organisation is loading. The restart is held before the
 * loading by a runner of the test's own ({@link HeldStart}), as long as the test needs, with no
 * sleep; once released, every answer is either still 503 or the model's.
 */
class LoadingAtStartIntegrationTests {

  static final String PASSWORD = "loading-admin-secret";
  /** Only a bound on a hung start, never a figure. */
  static final Duration LIMIT = Duration.ofMinutes(6);

  @Test
  void untilTheStoredModelIsLoadedEveryModelAnswerIsLoadingAndReadinessAndHealthAre503() throws Exception {
    String[] args = {"--server.port=0", "--maillon.admin-password=" + PASSWORD,
        "--maillon.data-dir=target/test-data/maillon-loading-" + UUID.randomUUID()};
    try (ConfigurableApplicationContext first = new SpringApplicationBuilder(MaillonServer.class).run(args)) {
      first.getBean(OrganizationService.class).importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "admin",
          Locale.ENGLISH);
    }
    CompletableFuture<ConfigurableApplicationContext> restart = CompletableFuture.supplyAsync(
        () -> new SpringApplicationBuilder(MaillonServer.class, HeldStart.class).run(args));
    try {
      int port = HeldStart.PORT.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      Api admin = Api.on(port).as("admin", PASSWORD);

      loading(admin.get("/api/diagnosis"));
      loading(admin.get("/api/diagnosis?summary=true"));
      loading(admin.get("/api/teams/ventes-magasins"));
      loading(admin.get("/api/model", "application/yaml"));
      assertThat(Api.on(port).get("/actuator/health/readiness").status()).isEqualTo(503);
      assertThat(Api.on(port).get("/actuator/health").status()).isEqualTo(503);
      Api page = Api.signedIn(port, "admin", PASSWORD);
      Api.Reply french = page.get("/teams?lang=fr", "text/html");
      assertThat(french.status()).isEqualTo(503);
      assertThat(french.body()).contains("Maillon charge l’organisation").doesNotContain("Aucun modèle");
      assertThat(page.get("/?lang=en", "text/html").body()).contains("Maillon is loading the organisation");

      HeldStart.RELEASE.countDown();
      int status;
      do {
        status = admin.get("/api/diagnosis?summary=true").status();
        assertThat(status).as("loading, then the model's diagnosis").isIn(503, 200);
      } while (status == 503);
      try (ConfigurableApplicationContext restarted = restart.get(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        assertThat(admin.get("/api/diagnosis").status()).isEqualTo(200);
        assertThat(Api.on(port).get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(Api.on(port).get("/actuator/health").status()).isEqualTo(200);
      }
    } finally {
      HeldStart.RELEASE.countDown();
    }
  }

  private static void loading(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.type().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(reply.json().get("detail").asString()).isEqualTo("The organisation is loading, retry in a moment.");
    assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
  }

  /**
   * Holds the start after the web server answers and before the stored model is loaded (the
   * loader runs at order 0), until the test releases it; tells the test the port meanwhile.
   */
  static final class HeldStart implements ApplicationRunner, Ordered {

    static final CompletableFuture<Integer> PORT = new CompletableFuture<>();
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    private final Environment environment;

    HeldStart(Environment environment) {
      this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
      PORT.complete(environment.getRequiredProperty("local.server.port", Integer.class));
      if (!RELEASE.await(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("The test never released the start");
      }
    }

    @Override
    public int getOrder() {
      return -1;
    }
  }
}
