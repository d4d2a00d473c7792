package org.maillon.server.listening;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A respondent's answers to a campaign's questions. It needs at least one answer, at most one per
 * question, a whole score in the question's range for the scored questions, and a text of at most
 * {@value #MAX_TEXT} characters for a text question. The scores of a pulse (hours, share, scale)
 * are all required, so that every figure of a group counts the same respondents as the group.
 * A respondent may ask to be contacted: {@code consent} ticked and a {@code contact} (an email or
 * a phone, at most {@value #MAX_CONTACT} characters), both or neither.
 */
public record NewResponse(List<Answer> answers, Boolean consent, String contact) {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_CONTACT = 200;

  /** Answers without any wish to be contacted. */
  public NewResponse(List<Answer> answers) {
    this(answers, null, null);
  }

  /** Whether the respondent asked to be contacted (once checked). */
  boolean followUp() {
    return Boolean.TRUE.equals(consent);
  }

  /** Checks the answers against the campaign's questions; throws every problem at once. */
  void check(List<Question> questions) {
    Violations violations = new Violations();
    Set<Integer> answered = new HashSet<>();
    if (answers == null || answers.isEmpty()) {
      violations.add("answers", "noAnswer");
    } else {
      for (int i = 0; i < answers.size(); i++) {
        check("answers[" + i + "]", answers.get(i), questions, answered, violations);
      }
    }
    for (Question question : questions) {
      if (question.type().pulse() && !answered.contains(question.position())) {
        violations.add("answers", "unanswered", question.position(), question.position() + 1);
      }
    }
    checkContact(violations);
    violations.throwIfAny();
  }

  /** A contact needs the consent ticked, and the consent a contact. */
  private void checkContact(Violations violations) {
    boolean given = contact != null && !contact.isBlank();
    if (given && !followUp()) {
      violations.add("consent", "consentMissing");
    } else if (!given && followUp()) {
      violations.add("contact", "contactMissing");
    }
    violations.tooLong("contact", contact, MAX_CONTACT);
  }

  private static void check(String field, Answer answer, List<Question> questions, Set<Integer> answered,
      Violations violations) {
    if (answer == null) {
      violations.add(field, "required");
      return;
    }
    Integer position = answer.question();
    if (position == null || position < 0 || position >= questions.size()) {
      violations.add(field + ".question", "unknownQuestion", questions.size() - 1);
      return;
    }
    if (!answered.add(position)) {
      violations.add(field + ".question", "answeredTwice", position, position + 1);
    }
    QuestionType type = questions.get(position).type();
    if (type.scored()) {
      checkScore(field, answer, type, violations);
    } else {
      checkText(field, answer, violations);
    }
  }

  private static void checkScore(String field, Answer answer, QuestionType type, Violations violations) {
    if (answer.text() != null) {
      violations.add(field + ".text", "textOnScore");
    }
    if (answer.value() == null || !answer.value().strip().matches("-?\\d{1,9}")
        || answer.score() < type.min() || answer.score() > type.max()) {
      violations.add(field + ".value", "range", type.min(), type.max());
    }
  }

  private static void checkText(String field, Answer answer, Violations violations) {
    if (answer.value() != null) {
      violations.add(field + ".value", "valueOnText");
    }
    if (answer.text() == null || answer.text().isBlank()) {
      violations.add(field + ".text", "required");
    }
    violations.tooLong(field + ".text", answer.text(), MAX_TEXT);
  }
}
