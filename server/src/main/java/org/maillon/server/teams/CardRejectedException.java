package org.maillon.server.teams;

import java.net.URI;
import java.util.List;
import org.maillon.card.CardStatement.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A card statement, or a confirmation, with problems: nothing was changed. The API answers 422 with
 * every problem in {@code errors}, each with its field ({@code commitments[2].to}, {@code reason}),
 * a code and a message; the card's page shows each beside its field.
 */
public class CardRejectedException extends ErrorResponseException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  CardRejectedException(List<Problem> problems) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, problem(problems), null);
    this.problems = List.copyOf(problems);
  }

  /** Every problem, each located by its field. */
  public List<Problem> problems() {
    return problems;
  }

  private static ProblemDetail problem(List<Problem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        (problems.size() == 1 ? "The card has 1 problem" : "The card has " + problems.size() + " problems")
            + "; nothing was changed.");
    problem.setTitle("Card rejected");
    problem.setType(URI.create("urn:maillon:problem:card-rejected"));
    problem.setProperty("errors", problems);
    return problem;
  }
}
