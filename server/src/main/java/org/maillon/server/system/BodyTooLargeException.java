package org.maillon.server.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request body passed its limit: 413, and nothing was stored. */
class BodyTooLargeException extends ErrorResponseException {

  private static final long serialVersionUID = 1L;
  private static final double MB = 1 << 20;

  private final long limit;

  BodyTooLargeException(long limit, String setting) {
    super(HttpStatus.CONTENT_TOO_LARGE, problem(limit, setting), null);
    this.limit = limit;
  }

  /** The limit in megabytes, as the pages show it. */
  double megabytes() {
    return limit / MB;
  }

  private static ProblemDetail problem(long limit, String setting) {
    String size = limit % (1 << 20) == 0 ? (limit >> 20) + " MB" : limit + " bytes";
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
        "The request body is larger than the " + size + " accepted here (" + setting + "); nothing was stored.");
    problem.setTitle("Request body too large");
    problem.setType(URI.create("urn:maillon:problem:body-too-large"));
    problem.setProperty("limit", limit);
    problem.setProperty("setting", setting);
    return problem;
  }
}
