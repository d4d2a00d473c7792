package org.maillon.server.scim;

import java.util.List;
import org.maillon.server.system.RejectedFields;

/**
 * An admin's request about SCIM (a token's name, the department map) that breaks a rule, with
 * every problem at once, each a message of {@code i18n/scim} ({@code scim.problem.*}). Nothing was
 * recorded.
 */
class ScimRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<RejectedFields.Problem> problems;

  ScimRejected(List<RejectedFields.Problem> problems) {
    super(problems.size() + " problems");
    this.problems = List.copyOf(problems);
  }

  /** A problem of a field, by the code of its message. */
  static RejectedFields.Problem problem(String field, String code, Object... arguments) {
    return new RejectedFields.Problem(field, code, "scim.problem." + code, List.of(arguments));
  }

  List<RejectedFields.Problem> problems() {
    return problems;
  }
}
