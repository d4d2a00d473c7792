package org.maillon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's 401, 403 and 429, written by the security filters as problem details: 429 with
 * {@code Retry-After} when too many sign-ins failed and the password was not even looked at.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInThrottled throttled) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.seconds()));
      write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.problem(URI.create(request.getRequestURI())));
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Maillon\"");
    write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
        "Sign in with HTTP Basic: a Maillon user name and password.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
  }

  void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    write(response, status, problem);
  }

  private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
