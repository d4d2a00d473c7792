package org.maillon.bench.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives a running demo server with mixed traffic for the run's duration, re-imports the model on
 * a clock, samples the server's memory on another, then writes the figures and the verdict
 * ({@link SoakReport}). Exits 1 when the verdict fails. {@code bench/run-soak.sh} starts the
 * server and calls this with its address, process id, log and data folder.
 */
public final class Soak {

  private static final Pattern SIGN_IN = Pattern.compile("^\\s+(admin|manager|member)\\s+/\\s+(\\S+)", Pattern.MULTILINE);

  private final SoakOptions options;
  private final Recorder recorder = new Recorder();
  private final Server server;
  private final List<MemorySampler.Sample> samples = new CopyOnWriteArrayList<>();
  private final Queue<String> driverErrors = new ConcurrentLinkedQueue<>();

  private Soak(SoakOptions options) {
    this.options = options;
    this.server = new Server(options.base(), recorder);
  }

  public static void main(String[] args) throws Exception {
    SoakOptions options = SoakOptions.parse(args);
    Files.createDirectories(options.out());
    System.exit(new Soak(options).run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    Map<String, String> passwords = passwords();
    Plan plan = Plan.of(options.model());
    Map<String, User> users = new HashMap<>();
    passwords.forEach((name, password) -> users.put(name, new User(server, name, password)));
    users.values().forEach(User::signIn);
    Invitations invitations = new Invitations(users.get("manager"), plan);
    invitations.knowCampaigns(JsonMapper.builder().build()
        .readTree(users.get("manager").get("api read", "/api/campaigns", "/api/campaigns", 200).body()));
    Traffic traffic = new Traffic(users.get("member"), users.get("manager"), users.get("admin"), plan, invitations,
        new Respondent(server, invitations));
    MemorySampler sampler = new MemorySampler(options.pid(), options.dataDir(), options.out());
    Instant started = Instant.now();
    samples.add(sampler.sample(0));
    ScheduledExecutorService clocks = Executors.newScheduledThreadPool(2);
    double origin = recorder.elapsedSeconds();
    clocks.scheduleWithFixedDelay(() -> sample(sampler, origin), options.sampleEvery().toSeconds(),
        options.sampleEvery().toSeconds(), TimeUnit.SECONDS);
    byte[] model = Files.readAllBytes(options.model());
    clocks.scheduleAtFixedRate(() -> guarded(() -> users.get("admin").post("import", "POST /api/model",
        "/api/model", "application/yaml", model, 201)), options.importEvery().toSeconds(),
        options.importEvery().toSeconds(), TimeUnit.SECONDS);
    drive(traffic, started.plus(options.duration()));
    clocks.shutdown();
    clocks.awaitTermination(5, TimeUnit.MINUTES);
    samples.add(sampler.sample(recorder.elapsedSeconds() - origin));
    boolean alive = server.send("health", "/actuator/health", server.request("/actuator/health").GET().build(), 200)
        .status() == 200;
    return new SoakReport(options, started, recorder, List.copyOf(samples), List.copyOf(driverErrors), alive).write();
  }

  /** The workers, each drawing actions until the deadline, pausing {@code think} between two. */
  private void drive(Traffic traffic, Instant deadline) throws InterruptedException {
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      Thread worker = new Thread(() -> {
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        while (Instant.now().isBefore(deadline)) {
          guarded(() -> traffic.act(random));
          sleep(options.think());
        }
      }, "soak-" + i);
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
  }

  /** Runs an action; what it throws (a page without its form, say) is kept as a driver error, not fatal. */
  private void guarded(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      if (driverErrors.size() < 200) {
        driverErrors.add(String.format("%.0f s: %s", recorder.elapsedSeconds(), e));
      }
    }
  }

  private void sample(MemorySampler sampler, double origin) {
    try {
      samples.add(sampler.sample(recorder.elapsedSeconds() - origin));
    } catch (IOException | RuntimeException e) {
      driverErrors.add("memory sample failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The demo's sign-ins, as the server printed them in its log. */
  private Map<String, String> passwords() throws IOException {
    Matcher matcher = SIGN_IN.matcher(Files.readString(options.serverLog()));
    Map<String, String> passwords = new HashMap<>();
    while (matcher.find()) {
      passwords.put(matcher.group(1), matcher.group(2));
    }
    if (passwords.size() != 3) {
      throw new IllegalStateException("the demo's sign-ins are not in " + options.serverLog());
    }
    return passwords;
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
