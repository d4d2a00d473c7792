package org.maillon.server.listening;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.maillon.server.system.RejectedFields;
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
 * The listening API's own problems, in the shape of every other API problem: a broken rule (422,
 * every problem in {@code errors} with its field and a message in the request's language) and a
 * used invitation (409). Pages show these themselves.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {CampaignController.class, ResponseController.class, PulseCampaignController.class,
    ConversationController.class})
class ListeningProblems {

  private final MessageSource messages;

  ListeningProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ListeningRejected.class)
  ResponseEntity<ProblemDetail> rejected(ListeningRejected e, HttpServletRequest request) {
    return RejectedFields.answer(e.violations().stream()
            .map(v -> new RejectedFields.Problem(v.field(), v.code(), v.messageKey(), v.arguments())).toList(),
        "listening.problem.rejected", URI.create("urn:maillon:problem:listening-rejected"), messages, request);
  }

  @ExceptionHandler(AlreadyAnswered.class)
  ResponseEntity<ProblemDetail> alreadyAnswered(AlreadyAnswered e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Already answered");
    problem.setType(URI.create("urn:maillon:problem:already-answered"));
    return respond(problem);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
