package org.maillon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The users API's own problems, in the shape of every other API problem, worded in the request's
 * language: broken rules (422, every problem in {@code errors} with its field), a refused action
 * (409), an unknown user (404), too many wrong current passwords (429 with {@code Retry-After}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {UserController.class, AccountController.class})
class AccountProblems {

  private final MessageSource messages;

  AccountProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(AccountRejected.class)
  ResponseEntity<ProblemDetail> rejected(AccountRejected e, Locale locale) {
    List<Map<String, String>> errors = e.problems().stream()
        .map(p -> Map.of("field", p.field(), "code", p.code(),
            "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        messages.getMessage("account.problem.rejected", new Object[] {errors.size()}, locale));
    problem.setTitle("Rejected");
    problem.setType(URI.create("urn:maillon:problem:account-rejected"));
    problem.setProperty("errors", errors);
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(AccountRefused.class)
  ResponseEntity<ProblemDetail> refused(AccountRefused e, Locale locale) {
    HttpStatus status = e.unknownUser() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
    problem.setTitle(e.unknownUser() ? "Unknown user" : "Refused");
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(SignInThrottled.class)
  ResponseEntity<ProblemDetail> throttled(SignInThrottled e, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds()))
        .body(e.problem(URI.create(request.getRequestURI())));
  }
}
