package org.maillon.server.security;

import java.util.List;

/**
 * A user, password or role that breaks a rule, with every problem found at once; nothing was
 * changed. Answered with 422, or a form shown again with its errors beside their fields.
 */
public class AccountRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<AccountProblem> problems;

  AccountRejected(List<AccountProblem> problems) {
    super(problems.size() + " problem(s): " + problems, null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Throws the problems found, if any. */
  static void throwIfAny(List<AccountProblem> problems) {
    if (!problems.isEmpty()) {
      throw new AccountRejected(problems);
    }
  }

  public List<AccountProblem> problems() {
    return problems;
  }
}
