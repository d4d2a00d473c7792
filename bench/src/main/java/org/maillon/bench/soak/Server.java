package org.maillon.bench.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The server under soak, as an HTTP client sees it: every request sent through here is timed and
 * its status recorded against what it expected. Redirects are not followed, so that a page that
 * sends back to the sign-in form shows as such.
 */
final class Server {

  /** What came back; status 0 when nothing did (refused, reset, timed out). */
  record Reply(int status, String body, HttpHeaders headers) {

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final Recorder recorder;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  Server(URI base, Recorder recorder) {
    this.base = base;
    this.recorder = recorder;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
  }

  /**
   * Sends a request of this kind (what the summary groups by) to this endpoint (its path with
   * {@code {id}} for what varies), recording the status and the time to the last byte.
   */
  Reply send(String kind, String endpoint, HttpRequest request, int... expected) {
    return send(kind, endpoint, request, reply -> contains(expected, reply.status()));
  }

  /** The same, with what is expected of the reply as a test of it. */
  Reply send(String kind, String endpoint, HttpRequest request, Predicate<Reply> expected) {
    long start = System.nanoTime();
    Reply reply;
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      reply = new Reply(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      reply = new Reply(0, e.toString(), HttpHeaders.of(Map.of(), (a, b) -> true));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long nanos = System.nanoTime() - start;
    boolean ok = expected.test(reply);
    recorder.record(kind, endpoint, request.method() + " " + request.uri().getRawPath() + query(request), reply.status(),
        nanos, ok, ok ? null : excerpt(reply));
    return reply;
  }

  private static String query(HttpRequest request) {
    return request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery();
  }

  private static boolean contains(int[] expected, int status) {
    for (int e : expected) {
      if (e == status) {
        return true;
      }
    }
    return false;
  }

  private static String excerpt(Reply reply) {
    String location = reply.header("Location").map(l -> "Location: " + l + " ").orElse("");
    String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ");
    return location + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
  }
}
