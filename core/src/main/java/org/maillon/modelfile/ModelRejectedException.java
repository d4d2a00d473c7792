package org.maillon.modelfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model file was rejected as a whole. It carries every problem found, sorted by file, line and
 * column, so that the user can fix them all in one pass instead of one per attempt.
 */
public class ModelRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 50;

  private final transient List<Problem> problems;

  public ModelRejectedException(List<Problem> problems) {
    this.problems = List.copyOf(problems);
  }

  /** All problems, sorted by file, line and column. */
  public List<Problem> problems() {
    return problems;
  }

  /** The first problems, one a line; built on demand since a large model may have many. */
  @Override
  public String getMessage() {
    String shown = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(Problem::toString)
        .collect(Collectors.joining("\n"));
    int more = problems.size() - PROBLEMS_IN_MESSAGE;
    return more > 0 ? shown + "\n… " + more + " more" : shown;
  }
}
