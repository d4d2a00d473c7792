package org.maillon.server.actions;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.server.system.RequestLocale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A broken rule of the actions API, in the shape of every other API problem: 422, every problem in
 * {@code errors} with its field and a message in the request's language.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ActionController.class)
class ActionProblems {

  private final MessageSource messages;

  ActionProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ActionRejected.class)
  ResponseEntity<ProblemDetail> rejected(ActionRejected e, HttpServletRequest request) {
    Locale locale = RequestLocale.of(request, request.getParameter("lang"));
    List<Map<String, String>> errors = e.problems().stream()
        .map(p -> Map.of("field", p.field(), "code", p.code(),
            "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        messages.getMessage("actions.problem.rejected", new Object[] {errors.size()}, locale));
    problem.setTitle("Rejected");
    problem.setType(URI.create("urn:maillon:problem:action-rejected"));
    problem.setProperty("errors", errors);
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
