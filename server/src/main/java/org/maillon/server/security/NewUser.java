package org.maillon.server.security;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.maillon.model.TextLimits;

/**
 * A user to create: a name of letters, digits and {@code . _ @ -} (it appears in URLs), a
 * password that follows {@link PasswordRules}, a role, and for a member the person of the model
 * they are. Checks itself, every problem at once.
 *
 * @param personId the person of the model this user is, for a member's own place and the teams they
 *     lead; may be null; the API takes it as {@code personId} or {@code person}
 */
public record NewUser(String username, String password, String role, @JsonAlias("person") String personId) {

  public static final int LONGEST_NAME = 100;
  static final int LONGEST_PERSON_ID = TextLimits.ID;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]*");

  /** The role, once {@link #check()} passed. */
  Role parsedRole() {
    return Role.of(role);
  }

  /** The person, or null for none. */
  String person() {
    return personId == null || personId.isBlank() ? null : personId.strip();
  }

  void check() {
    List<AccountProblem> problems = new ArrayList<>();
    if (username == null || username.isBlank()) {
      problems.add(new AccountProblem("username", "required"));
    } else if (username.length() > LONGEST_NAME) {
      problems.add(new AccountProblem("username", "tooLong", LONGEST_NAME));
    } else if (!NAME.matcher(username).matches()) {
      problems.add(new AccountProblem("username", "nameCharacters"));
    }
    PasswordRules.check("password", password, username, problems);
    checkRole("role", role, problems);
    if (personId != null && personId.length() > LONGEST_PERSON_ID) {
      problems.add(new AccountProblem("personId", "tooLong", LONGEST_PERSON_ID));
    }
    AccountRejected.throwIfAny(problems);
  }

  /** Adds a problem unless the text names a role. */
  static void checkRole(String field, String role, List<AccountProblem> problems) {
    if (role == null || role.isBlank()) {
      problems.add(new AccountProblem(field, "required"));
    } else if (Role.find(role).isEmpty()) {
      problems.add(new AccountProblem(field, "unknownRole", role));
    }
  }
}
