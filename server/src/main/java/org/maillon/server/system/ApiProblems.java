package org.maillon.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.modelfile.ModelRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem ({@code application/problem+json}): Spring MVC's
 * own errors through {@link ResponseEntityExceptionHandler}, and Maillon's below. It comes before the pages'
 * advice, which also matches the API's controllers ({@code @RestController} is a {@code @Controller}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiProblems extends ResponseEntityExceptionHandler {

  static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  private final MessageSource messages;

  ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * A body that breaks its constraints (a name too long…): 422, with every problem in
   * {@code errors}, each with its field, a code and a message in the request's language.
   */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    HttpServletRequest http = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    Locale locale = RequestLocale.of(http, http.getParameter("lang"));
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(), "code", StringUtils.uncapitalize(error.getCode()),
            "message", messages.getMessage(error, locale)))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        messages.getMessage("problem.rejected", new Object[] {errors.size()}, locale));
    problem.setTitle("Rejected");
    problem.setType(URI.create("urn:maillon:problem:request-rejected"));
    problem.setProperty("errors", errors);
    return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
  }

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

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle(e.title());
    if (e.type() != null) {
      problem.setType(e.type());
    }
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
