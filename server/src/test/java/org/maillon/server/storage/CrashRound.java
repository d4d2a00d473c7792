package org.maillon.server.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.maillon.server.testing.AnswerBurst;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.ServerProcess;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The reproduction, one round: the server jar on a database, the demo SME imported, a
 * campaign of {@value #INVITATIONS} invitations answered over {@value #THREADS} threads, the
 * server killed with {@code -9} once {@value #KILL_AFTER} answers were acknowledged (a user created
 * just before the kill), and started again on the same database.
 */
final class CrashRound {

  static final int INVITATIONS = 600;
  static final int THREADS = 16;
  static final int KILL_AFTER = 60;
  static final String PASSWORD = "crash-admin-secret";
  static final String TEAM = "ventes-magasins";
  static final String CUSTOMER = "particuliers";

  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private static final AtomicInteger ROUNDS = new AtomicInteger();

  /**
   * What the round did: the answers acknowledged before the kill, the user created just before
   * it (if asked for), the campaign answered, and the server started again, still running.
   */
  record Result(AnswerBurst.Outcome burst, String user, long campaign, ServerProcess restarted) {}

  private CrashRound() {}

  static Result run(Path jar, Path dataDir, Map<String, String> environment)
      throws IOException, InterruptedException {
    return run(jar, dataDir, environment, true);
  }

  /**
   * A round; without a user, the kill follows the {@value #KILL_AFTER}th acknowledgement at once,
   * which leaves the answers just acknowledged the least time to reach the disk.
   */
  static Result run(Path jar, Path dataDir, Map<String, String> environment, boolean withUser)
      throws IOException, InterruptedException {
    String user = withUser ? "written-before-kill-" + ROUNDS.incrementAndGet() : null;
    AtomicInteger userStatus = new AtomicInteger();
    ServerProcess server = ServerProcess.start(jar, dataDir, PASSWORD, environment);
    AnswerBurst.Outcome burst;
    long campaign;
    try {
      Api admin = admin(server);
      campaign = campaign(admin);
      List<String> tokens = tokens(admin, campaign, INVITATIONS);
      burst = AnswerBurst.fire(server.port(), tokens, THREADS, KILL_AFTER, () -> {
        if (withUser) {
          userStatus.set(admin.post("/api/users", MediaType.APPLICATION_JSON,
              Map.of("username", user, "password", "written-secret-password", "role", "member")).status());
        }
        kill(server);
      });
    } finally {
      server.kill();
    }
    if (withUser && userStatus.get() != 201) {
      throw new IllegalStateException("The user before the kill was not created: " + userStatus.get());
    }
    return new Result(burst, user, campaign, ServerProcess.start(jar, dataDir, PASSWORD, environment));
  }

  static Api admin(ServerProcess server) {
    return Api.on(server.port()).as("admin", PASSWORD);
  }

  /** The demo SME imported, if it is not yet, and a new campaign of the default questions; its id. */
  static long campaign(Api admin) {
    if (admin.get("/api/model/versions").json().isEmpty()) {
      check(admin.post("/api/model", YAML, ExampleModels.bytes("sme.yaml")), "import the demo SME");
    }
    Api.Reply created = admin.post("/api/campaigns", MediaType.APPLICATION_JSON,
        Map.of("team", TEAM, "customers", List.of(CUSTOMER)));
    return check(created, "create a campaign").json().get("id").asLong();
  }

  static List<String> tokens(Api admin, long campaign, int count) {
    JsonNode invitations = check(admin.post("/api/campaigns/" + campaign + "/invitations",
        MediaType.APPLICATION_JSON, Map.of("customer", CUSTOMER, "count", count)), "invite").json()
        .get("invitations");
    List<String> tokens = new ArrayList<>();
    invitations.forEach(invitation -> tokens.add(invitation.get("token").asString()));
    return tokens;
  }

  private static Api.Reply check(Api.Reply reply, String what) {
    if (reply.status() != 201) {
      throw new IllegalStateException("Could not " + what + ": " + reply.status() + " " + reply.body());
    }
    return reply;
  }

  private static void kill(ServerProcess server) {
    try {
      server.kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
