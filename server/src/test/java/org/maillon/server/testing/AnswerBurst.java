package org.maillon.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Survey answers sent through their invitation tokens from many threads at once, as respondents
 * do, each carrying its own marker in its text answer ({@link #marker(int)}), so that every answer
 * the server acknowledged can be looked for afterwards. The answers are those of a campaign of the
 * default questions (nps, csat, text).
 */
public final class AnswerBurst {

  /** The markers of the answers acknowledged 201, how many were sent, and how long it all took. */
  public record Outcome(Set<String> acknowledged, int sent, Duration took) {

    public double perSecond() {
      return acknowledged.size() * 1000.0 / Math.max(1, took.toMillis());
    }
  }

  private static final Duration REQUEST_LIMIT = Duration.ofMinutes(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_LIMIT).build();
  private final int port;
  private final List<String> tokens;
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger counted = new AtomicInteger();
  private final AtomicBoolean stopped = new AtomicBoolean();

  private AnswerBurst(int port, List<String> tokens) {
    this.port = port;
    this.tokens = tokens;
  }

  /** The text answer of the answer sent with the i-th token. */
  public static String marker(int i) {
    return "answer-" + i;
  }

  /** Answers every token once from this many threads. */
  public static Outcome fire(int port, List<String> tokens, int threads) throws InterruptedException {
    return fire(port, tokens, threads, Integer.MAX_VALUE, () -> {});
  }

  /**
   * Answers the tokens from this many threads; once {@code stopAfter} answers were acknowledged,
   * runs {@code atStop} once (a kill, say) and sends no more. An answer that fails to reach the
   * server (it was killed) ends its thread; what was acknowledged before counts.
   */
  public static Outcome fire(int port, List<String> tokens, int threads, int stopAfter, Runnable atStop)
      throws InterruptedException {
    return new AnswerBurst(port, tokens).run(threads, stopAfter, atStop);
  }

  private Outcome run(int threads, int stopAfter, Runnable atStop) throws InterruptedException {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> senders = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        senders.add(pool.submit(() -> send(stopAfter, atStop)));
      }
      for (Future<?> sender : senders) {
        try {
          sender.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("A sender failed", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(Set.copyOf(acknowledged), Math.min(next.get(), tokens.size()),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private Void send(int stopAfter, Runnable atStop) throws InterruptedException {
    for (int i = next.getAndIncrement(); i < tokens.size() && !stopped.get(); i = next.getAndIncrement()) {
      try {
        if (answer(i) == 201) {
          acknowledged.add(marker(i));
          if (counted.incrementAndGet() == stopAfter) {
            stopped.set(true);
            atStop.run();
          }
        }
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  private int answer(int i) throws IOException, InterruptedException {
    String body = "{\"answers\":[{\"question\":0,\"value\":9},{\"question\":1,\"value\":4},"
        + "{\"question\":2,\"text\":\"" + marker(i) + "\"}]}";
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/responses/" + tokens.get(i) + "?lang=en"))
        .timeout(REQUEST_LIMIT).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
