package org.maillon.server.knowledge;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A new entry with problems: nothing was recorded. The API answers 422 with every problem in
 * {@code errors}, through Spring's handling of {@link ErrorResponseException}; the card's page shows
 * each next to its field.
 */
public class EntryRejectedException extends ErrorResponseException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  EntryRejectedException(List<FieldProblem> problems) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, problem(problems), null);
    this.problems = List.copyOf(problems);
  }

  private static ProblemDetail problem(List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        (problems.size() == 1 ? "The entry has 1 problem" : "The entry has " + problems.size() + " problems")
            + "; nothing was recorded.");
    problem.setTitle("Entry rejected");
    problem.setType(URI.create("urn:maillon:problem:entry-rejected"));
    problem.setProperty("errors", problems);
    return problem;
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
