package org.maillon.server.system;

import java.net.URI;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.server.organization.NoModelException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem ({@code application/problem+json}): Spring MVC's
 * own errors through {@link ResponseEntityExceptionHandler}, and Maillon's below.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  /** A rejected model: 422, with every problem located in {@code errors}. */
  @ExceptionHandler(ModelRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(ModelRejectedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        e.problems().size() == 1 ? "The model has 1 problem; nothing was imported."
            : "The model has " + e.problems().size() + " problems; nothing was imported.");
    problem.setTitle("Model rejected");
    problem.setType(URI.create("urn:maillon:problem:model-rejected"));
    problem.setProperty("errors", e.problems());
    return respond(problem);
  }

  @ExceptionHandler(NoModelException.class)
  ResponseEntity<ProblemDetail> noModel(NoModelException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("No model");
    problem.setType(URI.create("urn:maillon:problem:no-model"));
    return respond(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return respond(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Forbidden");
    return respond(problem);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Bad request");
    return respond(problem);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
  }
}
