package org.maillon.server.listening;

import java.util.List;

/**
 * A request that breaks a listening rule, with every problem found at once, so that a manager or
 * a respondent fixes them all in one go. Nothing was recorded. Answered with 422, or a form shown
 * again with its errors.
 */
public class ListeningRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  ListeningRejected(List<Violation> violations) {
    super(violations.size() + " problem(s): " + violations, null, false, false);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
