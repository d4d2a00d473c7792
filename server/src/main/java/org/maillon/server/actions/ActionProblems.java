package org.maillon.server.actions;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.maillon.server.system.RejectedFields;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
    return RejectedFields.answer(e.problems().stream()
            .map(p -> new RejectedFields.Problem(p.field(), p.code(), p.messageKey(), p.arguments())).toList(),
        "actions.problem.rejected", URI.create("urn:maillon:problem:action-rejected"), messages, request);
  }
}
