package org.maillon.bench.soak;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a soak run drives and for how long: the server (its address, process id, log and data
 * folder), the model it re-imports, where the reports go, and the shape of the traffic.
 *
 * @param threads workers sending the mixed traffic, each one request at a time
 * @param think pause of a worker between two actions, so that the run is a load, not a flood
 * @param importEvery how often the admin re-imports the model
 * @param sampleEvery how often the server's memory is measured (after a full collection)
 */
record SoakOptions(URI base, long pid, Path serverLog, Path dataDir, Path model, Path out, Duration duration,
    int threads, Duration think, Duration importEvery, Duration sampleEvery) {

  SoakOptions {
    if (threads < 1 || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("threads and duration must be positive");
    }
  }

  /** Reads {@code --name value} pairs; the server's address, pid, log, data folder and model are required. */
  static SoakOptions parse(String[] args) {
    Map<String, String> given = pairs(args);
    return new SoakOptions(URI.create(required(given, "base")), Long.parseLong(required(given, "pid")),
        Path.of(required(given, "server-log")), Path.of(required(given, "data")), Path.of(required(given, "model")),
        Path.of(given.getOrDefault("out", "bench/target/soak")),
        Duration.ofSeconds(Math.round(Double.parseDouble(given.getOrDefault("minutes", "30")) * 60)),
        Integer.parseInt(given.getOrDefault("threads", "4")),
        Duration.ofMillis(Long.parseLong(given.getOrDefault("think-ms", "100"))),
        Duration.ofSeconds(Long.parseLong(given.getOrDefault("import-every-s", "180"))),
        Duration.ofSeconds(Long.parseLong(given.getOrDefault("sample-every-s", "30"))));
  }

  /** The {@code --name value} pairs of a command line, by name. */
  static Map<String, String> pairs(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      given.put(args[i].substring(2), args[i + 1]);
    }
    return given;
  }

  static String required(Map<String, String> given, String name) {
    String value = given.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
