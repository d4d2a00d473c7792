package org.maillon.server.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this account or from this address: the attempt was refused without
 * looking at the password. The API answers 429 with {@code Retry-After}; the pages ask to wait.
 */
public class SignInThrottled extends AuthenticationException {

  private static final long serialVersionUID = 1L;

  private final Duration wait;

  SignInThrottled(Duration wait) {
    super("Too many failed sign-ins; wait " + seconds(wait) + " s.");
    this.wait = wait;
  }

  /** The whole seconds to wait, rounded up, at least one: the value of {@code Retry-After}. */
  public long seconds() {
    return seconds(wait);
  }

  /** The whole minutes to wait, rounded up, at least one: what the pages say. */
  public long minutes() {
    return (seconds() + 59) / 60;
  }

  /** The API's answer, without its {@code Retry-After} header. */
  ProblemDetail problem(URI instance) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Too many failed sign-ins for this account or from this address. Try again in " + seconds() + " seconds.");
    problem.setTitle("Too many failed sign-ins");
    problem.setType(URI.create("urn:maillon:problem:sign-in-throttled"));
    problem.setInstance(instance);
    problem.setProperty("retryAfterSeconds", seconds());
    return problem;
  }

  private static long seconds(Duration wait) {
    long millis = Math.max(1, wait.toMillis());
    return (millis + 999) / 1000;
  }
}
