package org.maillon.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A request rejected for broken rules, answered as every module answers one: 422, every problem in
 * {@code errors} with its field, its code and a message in the request's language, so that a client
 * fixes them all in one go. The modules with rules of their own (listening, actions) share it.
 */
public final class RejectedFields {

  /** One problem: the field that has it, its code, and its message key with arguments. */
  public record Problem(String field, String code, String messageKey, List<Object> arguments) {}

  private RejectedFields() {}

  /**
   * The 422 answer.
   *
   * @param detailKey the key of the summary, given the number of problems
   */
  public static ResponseEntity<ProblemDetail> answer(List<Problem> problems, String detailKey, URI type,
      MessageSource messages, HttpServletRequest request) {
    Locale locale = RequestLocale.of(request, request.getParameter("lang"));
    List<Map<String, String>> errors = problems.stream()
        .map(p -> Map.of("field", p.field(), "code", p.code(),
            "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        messages.getMessage(detailKey, new Object[] {errors.size()}, locale));
    problem.setTitle("Rejected");
    problem.setType(type);
    problem.setProperty("errors", errors);
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
