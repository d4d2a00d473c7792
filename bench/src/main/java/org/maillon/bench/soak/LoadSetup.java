package org.maillon.bench.soak;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Prepares the Gatling load test (bench/load, run by {@code bench/run-load.sh}) on a server that
 * already holds the model: creates the signed-in users, each a member tied to a person of the model,
 * and the single-use survey links, through the API as the admin, the same way the soak's manager
 * does. Writes them as the simulation's CSV feeders, {@code users.csv} and {@code links.csv}, each
 * link with an answer ready to post, so that the simulation only drives the pages.
 *
 * <p>Usage: {@code LoadSetup --base URL --admin-password PW --model DIR --users N --links N --out DIR}.
 * Exits 1 when any request of the setup did not answer as expected.
 */
public final class LoadSetup {

  private static final String PASSWORD = "load-test-password";

  private LoadSetup() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> given = SoakOptions.pairs(args);
    Recorder recorder = new Recorder();
    Server server = new Server(URI.create(SoakOptions.required(given, "base")), recorder);
    User admin = new User(server, "admin", SoakOptions.required(given, "admin-password"));
    Plan plan = Plan.of(Path.of(SoakOptions.required(given, "model")));
    Path out = Path.of(SoakOptions.required(given, "out"));
    Files.createDirectories(out);
    RandomGenerator random = new SplittableRandom(1);
    Files.write(out.resolve("users.csv"),
        users(admin, plan, Integer.parseInt(given.getOrDefault("users", "50")), random));
    Files.write(out.resolve("links.csv"),
        links(new Invitations(admin, plan), Integer.parseInt(given.getOrDefault("links", "1000")), random));
    List<Recorder.Miss> misses = recorder.misses();
    misses.forEach(miss -> System.err.println("load-setup: " + miss));
    System.exit(misses.isEmpty() ? 0 : 1);
  }

  /** Members tied to people spread over the model, each with a team that serves customers to visit. */
  private static List<String> users(User admin, Plan plan, int count, RandomGenerator random) {
    List<String> rows = new ArrayList<>(List.of("username,password,person,team"));
    int step = Math.max(1, plan.people().size() / count);
    for (int i = 0; i < count; i++) {
      String username = "load-" + i;
      String person = plan.people().get(i * step % plan.people().size());
      admin.postJson("setup", "POST /api/users", "/api/users", """
          {"username":"%s","password":"%s","role":"member","personId":"%s"}""".formatted(username, PASSWORD, person),
          201);
      rows.add(String.join(",", username, PASSWORD, person, plan.listeningTeam(random)));
    }
    return rows;
  }

  /** Single-use links, each with its answer as the page's form fields ({@code q0=…&q1=…}, URL-encoded). */
  private static List<String> links(Invitations invitations, int count, RandomGenerator random) {
    List<String> rows = new ArrayList<>(List.of("token,answer"));
    for (int i = 0; i < count; i++) {
      Invitations.Invitation invitation = invitations.next(random);
      if (invitation == null) {
        throw new IllegalStateException("no campaign could be created; see the errors above");
      }
      String answer = Respondent.answers(invitation.questions(), random).entrySet().stream()
          .map(field -> "q" + field.getKey() + "=" + User.encode(field.getValue()))
          .collect(Collectors.joining("&"));
      rows.add(invitation.token() + "," + answer);
    }
    return rows;
  }
}
