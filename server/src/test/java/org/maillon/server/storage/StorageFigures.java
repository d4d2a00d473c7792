package org.maillon.server.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.testing.AnswerBurst;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.maillon.server.testing.ServerProcess;

/**
 * The figures behind the choice of SQLite (docs/benchmarks.md, "Storage"), not a test: no suite
 * runs it (its name is neither {@code *Tests} nor {@code *IntegrationTests}); Failsafe runs it when
 * named, on the jars listed in {@code -Dmaillon.figures.jars} (this build's by default), e.g. the
 * previous release's and this one's. For each jar and engine: rounds of the crash
 * reproduction ({@link CrashRound}, 3 of each kind unless {@code -Dmaillon.figures.rounds} says
 * otherwise), killed at once after the 60th acknowledged answer, then killed after a user is
 * created, counting the acknowledged answers that the restarted server no longer has and whether
 * the user is there; then
 * {@value #BURSTS} bursts of {@value CrashRound#INVITATIONS} answers over
 * {@value CrashRound#THREADS} threads, after a warm-up, in answers acknowledged per second. With
 * {@code -Dmaillon.figures.postgres=true}, the same on PostgreSQL.
 */
class StorageFigures {

  static final int ROUNDS = Integer.getInteger("maillon.figures.rounds", 3);
  static final int BURSTS = 5;
  static final int WARM_UP = 600;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir Path folder;

  @Test
  void durabilityAndThroughput() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String jar : System.getProperty("maillon.figures.jars", ServerProcess.JAR.toString()).split(",")) {
      measure(Path.of(jar), false, lines);
      if (Boolean.getBoolean("maillon.figures.postgres")) {
        measure(Path.of(jar), true, lines);
      }
    }
    Files.write(Path.of("target", "storage-figures.txt"), lines);
    lines.forEach(System.out::println);
  }

  private void measure(Path jar, boolean postgres, List<String> lines) throws IOException, InterruptedException {
    String name = jar.toAbsolutePath() + (postgres ? ", PostgreSQL" : ", embedded database");
    for (int round = 1; round <= 2 * ROUNDS; round++) {
      boolean withUser = round > ROUNDS;
      Path dataDir = folder.resolve("crash-" + DATABASES.incrementAndGet());
      CrashRound.Result crash = CrashRound.run(jar, dataDir, environment(postgres), withUser);
      try (ServerProcess restarted = crash.restarted()) {
        Api admin = CrashRound.admin(restarted);
        int acknowledged = crash.burst().acknowledged().size();
        int stored = admin.get("/api/campaigns/" + crash.campaign()).json().get("invitations").get("answered")
            .asInt();
        lines.add(String.format(Locale.ROOT, "%s, crash round %d (%s): %d acknowledged, %d answered after "
                + "restart, %d lost%s", name, round, withUser ? "a user, then the kill" : "the kill at once",
            acknowledged, stored, Math.max(0, acknowledged - stored), !withUser ? ""
                : admin.get("/api/users").body().contains(crash.user()) ? "; the user is there"
                : "; the user is MISSING"));
      }
    }
    try (ServerProcess server = ServerProcess.start(jar, folder.resolve("speed-" + DATABASES.incrementAndGet()),
        CrashRound.PASSWORD, environment(postgres))) {
      Api admin = CrashRound.admin(server);
      long campaign = CrashRound.campaign(admin);
      AnswerBurst.fire(server.port(), CrashRound.tokens(admin, campaign, WARM_UP), CrashRound.THREADS);
      for (int burst = 1; burst <= BURSTS; burst++) {
        AnswerBurst.Outcome outcome = AnswerBurst.fire(server.port(),
            CrashRound.tokens(admin, campaign, CrashRound.INVITATIONS), CrashRound.THREADS);
        lines.add(String.format(Locale.ROOT, "%s, burst %d: %d of %d answers acknowledged in %d ms, %.0f answers/s",
            name, burst, outcome.acknowledged().size(), outcome.sent(), outcome.took().toMillis(),
            outcome.perSecond()));
      }
    }
  }

  /** Nothing for the embedded database; for PostgreSQL, a new database on the embedded server. */
  private static Map<String, String> environment(boolean postgres) {
    if (!postgres) {
      return Map.of();
    }
    EmbeddedPostgresServer.assumeAvailable();
    String url = EmbeddedPostgresServer.newDatabase("maillon_figures_" + DATABASES.incrementAndGet());
    return Map.of("MAILLON_DB_URL", url, "MAILLON_DB_USER", "postgres", "MAILLON_DB_PASSWORD", "");
  }
}
