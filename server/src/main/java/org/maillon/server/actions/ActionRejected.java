package org.maillon.server.actions;

import java.util.List;

/**
 * A request that breaks a rule of actions, with every problem found at once (422, or the form shown
 * again with them). Nothing was recorded.
 */
public class ActionRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem, on the field that has it, as a message key of {@code actions.problem.*} and its arguments.
   */
  public record Problem(String field, String code, List<Object> arguments) {

    public Problem {
      arguments = List.copyOf(arguments);
    }

    /** The key of its message in the bundle. */
    public String messageKey() {
      return "actions.problem." + code;
    }
  }

  private final transient List<Problem> problems;

  ActionRejected(List<Problem> problems) {
    super(problems.size() + " problem(s): " + problems, null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
