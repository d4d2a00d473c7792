package org.maillon.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server ({@code target/maillon-server.jar}) run as a child process, as an operator
 * runs it: on a port of its choosing, with a data folder and an admin password, its output in a
 * file. {@link #kill()} is {@code kill -9} (on Linux, {@link Process#destroyForcibly()} sends
 * SIGKILL); {@link #close()} stops it as a service manager does (SIGTERM) and waits.
 */
public final class ServerProcess implements AutoCloseable {

  /** The jar that {@code mvn package} made, which Failsafe's tests run after. */
  public static final Path JAR = Path.of("target", "maillon-server.jar");

  private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
  /** Logged once the stored organisation is loaded: "Started MaillonServer" comes before, while it answers "loading". */
  private static final String STARTED = "Maillon is ready at";
  /** Only a bound on a hung start, never a figure: a loaded machine takes minutes to start it. */
  private static final Duration START_LIMIT = Duration.ofMinutes(6);

  private final Process process;
  private final Path output;
  private final int port;

  private ServerProcess(Process process, Path output, int port) {
    this.process = process;
    this.output = output;
    this.port = port;
  }

  /**
   * Starts the jar on this data folder with this admin password and these other environment
   * variables (MAILLON_DB_URL…), and returns once it serves requests.
   */
  public static ServerProcess start(Path jar, Path dataDir, String adminPassword, Map<String, String> environment)
      throws IOException, InterruptedException {
    return start(jar, dataDir, adminPassword, environment, List.of());
  }

  /**
   * Starts the jar as {@link #start(Path, Path, String, Map)} does, its command given as the last
   * arguments of {@code wrapper} (a command that prepares the server's world first, such as a
   * mount namespace, then runs them), and returns once it serves requests.
   */
  public static ServerProcess start(Path jar, Path dataDir, String adminPassword, Map<String, String> environment,
      List<String> wrapper) throws IOException, InterruptedException {
    Path output = Files.createTempFile(Files.createDirectories(dataDir).getParent(), "server-", ".log");
    Process process = launch(jar, dataDir, adminPassword, environment, wrapper, output);
    return new ServerProcess(process, output, awaitPort(process, output));
  }

  /** How a start that was meant to fail ended: the exit code and all the server printed. */
  public record Ended(int exitCode, String output) {}

  /** Starts the jar as {@link #start(Path, Path, String, Map, List)} does, and waits for it to end by itself. */
  public static Ended run(Path jar, Path dataDir, String adminPassword, Map<String, String> environment,
      List<String> wrapper) throws IOException, InterruptedException {
    Path output = Files.createTempFile(Files.createDirectories(dataDir.toAbsolutePath().getParent()), "server-", ".log");
    Process process = launch(jar, dataDir, adminPassword, environment, wrapper, output);
    if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("The server did not stop within " + START_LIMIT + ":\n"
          + tail(Files.readString(output, StandardCharsets.UTF_8)));
    }
    return new Ended(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  private static Process launch(Path jar, Path dataDir, String adminPassword, Map<String, String> environment,
      List<String> wrapper, Path output) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No server jar at " + jar.toAbsolutePath() + ": run `mvn package` first");
    }
    List<String> command = new ArrayList<>(wrapper);
    command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=0",
        "--maillon.data-dir=" + dataDir.toAbsolutePath()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().put("MAILLON_ADMIN_PASSWORD", adminPassword);
    builder.environment().putAll(environment);
    return builder.start();
  }

  /**
   * The server's process id: with a wrapper that ends by running the server in its place
   * ({@code exec}), the server's own, and {@code /proc/PID/root} shows its files as it sees them.
   */
  public long pid() {
    return process.pid();
  }

  private static int awaitPort(Process process, Path output) throws IOException, InterruptedException {
    Instant limit = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(limit)) {
      String log = Files.readString(output, StandardCharsets.UTF_8);
      Matcher port = PORT.matcher(log);
      if (port.find() && log.contains(STARTED) && ready(Integer.parseInt(port.group(1)))) {
        return Integer.parseInt(port.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped while starting (exit " + process.exitValue() + "):\n"
            + tail(log));
      }
      Thread.sleep(100);
    }
    process.destroyForcibly().waitFor();
    throw new IllegalStateException("The server did not start within " + START_LIMIT + ":\n"
        + tail(Files.readString(output, StandardCharsets.UTF_8)));
  }

  /**
   * Whether readiness says the server accepts traffic: Spring logs "Started" before the start-up
   * runners, the current model's loading among them, so a request at once may find no model.
   */
  private static boolean ready(int port) throws InterruptedException {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  public int port() {
    return port;
  }

  /** What the server wrote to its standard output and error so far. */
  public String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code kill -9}: the process ends at once, whatever it was doing, and this waits for it. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Stops the server as a service manager does, and waits for it to end. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 6000));
  }
}
