package org.maillon.server.system;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The server cannot do this now but will soon: its disk is full, or the organisation is still
 * loading. Answered 503 with {@code Retry-After}: a problem for the API, a page in the user's
 * language ({@link #pageMessage()}) for the pages; a client that retries later succeeds.
 */
public class UnavailableException extends ErrorResponseException {

  private static final long serialVersionUID = 1L;

  private final String pageMessage;

  /**
   * @param pageMessage the key of what the page says, in the message bundles
   */
  public UnavailableException(String title, URI type, String detail, Duration retryAfter, String pageMessage,
      Throwable cause) {
    super(HttpStatus.SERVICE_UNAVAILABLE, problem(title, type, detail, retryAfter), cause);
    this.pageMessage = pageMessage;
    getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
  }

  public String pageMessage() {
    return pageMessage;
  }

  private static ProblemDetail problem(String title, URI type, String detail, Duration retryAfter) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
    problem.setTitle(title);
    problem.setType(type);
    problem.setProperty("retryAfterSeconds", retryAfter.toSeconds());
    return problem;
  }
}
