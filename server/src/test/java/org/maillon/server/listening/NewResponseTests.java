package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of an answer: the bounds of each score, one answer per question, scores and texts in their place. */
class NewResponseTests {

  static final Wording WORDING = new Wording("en", "fr");
  static final List<Question> QUESTIONS = List.of(new Question(0, QuestionType.NPS, WORDING),
      new Question(1, QuestionType.CSAT, WORDING), new Question(2, QuestionType.TEXT, WORDING));

  @Test
  void theBoundsOfEachScoreAreAccepted() {
    assertThatCode(() -> new NewResponse(List.of(Answer.score(0, 0), Answer.score(1, 1))).check(QUESTIONS))
        .doesNotThrowAnyException();
    assertThatCode(() -> new NewResponse(List.of(Answer.score(0, 10), Answer.score(1, 5), Answer.text(2, "ok")))
        .check(QUESTIONS)).doesNotThrowAnyException();
  }

  @Test
  void justOutsideTheBoundsIsRejected() {
    assertThat(fields(List.of(Answer.score(0, -1), Answer.score(1, 0)))).containsExactly("answers[0].value",
        "answers[1].value");
    assertThat(fields(List.of(Answer.score(0, 11), Answer.score(1, 6)))).containsExactly("answers[0].value",
        "answers[1].value");
  }

  @Test
  void aTextOfFourThousandCharactersIsTheLongestAccepted() {
    assertThatCode(() -> new NewResponse(List.of(Answer.text(2, "x".repeat(NewResponse.MAX_TEXT)))).check(QUESTIONS))
        .doesNotThrowAnyException();
    assertThat(fields(List.of(Answer.text(2, "x".repeat(NewResponse.MAX_TEXT + 1))))).containsExactly("answers[0].text");
  }

  @Test
  void decimalsAndWordsAreNotScores() {
    assertThat(fields(List.of(new Answer(0, "9.5", null), new Answer(1, "four", null))))
        .containsExactly("answers[0].value", "answers[1].value");
  }

  @Test
  void aContactNeedsTheConsentAndTheConsentAContactOfAtMostTwoHundredCharacters() {
    List<Answer> answers = List.of(Answer.score(0, 2));
    assertThatCode(() -> new NewResponse(answers, true, "x".repeat(NewResponse.MAX_CONTACT)).check(QUESTIONS))
        .doesNotThrowAnyException();
    assertThat(fields(new NewResponse(answers, null, "a@b.fr"))).containsExactly("consent");
    assertThat(fields(new NewResponse(answers, false, "a@b.fr"))).containsExactly("consent");
    assertThat(fields(new NewResponse(answers, true, " "))).containsExactly("contact");
    assertThat(fields(new NewResponse(answers, true, "x".repeat(NewResponse.MAX_CONTACT + 1))))
        .containsExactly("contact");
  }

  private static List<String> fields(List<Answer> answers) {
    return fields(new NewResponse(answers));
  }

  private static List<String> fields(NewResponse response) {
    try {
      response.check(QUESTIONS);
    } catch (ListeningRejected rejected) {
      return rejected.violations().stream().map(Violation::field).toList();
    }
    throw new AssertionError("Accepted: " + response);
  }
}
