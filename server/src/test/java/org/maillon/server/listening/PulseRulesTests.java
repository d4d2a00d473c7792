package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a pulse: its answers in range (hours 0–60, share 0–100, scale 1–5), every score
 * answered, and its questions the three of the pulse once each, plus free texts.
 */
class PulseRulesTests {

  static final Wording WORDING = new Wording("en", "fr");
  static final List<Question> PULSE = List.of(new Question(0, QuestionType.HOURS, WORDING),
      new Question(1, QuestionType.SHARE, WORDING), new Question(2, QuestionType.SCALE, WORDING),
      new Question(3, QuestionType.TEXT, WORDING));

  @Test
  void theBoundsOfEachPulseScoreAreAccepted() {
    assertThatCode(() -> new NewResponse(List.of(Answer.score(0, 0), Answer.score(1, 0), Answer.score(2, 1)))
        .check(PULSE)).doesNotThrowAnyException();
    assertThatCode(() -> new NewResponse(List.of(Answer.score(0, 60), Answer.score(1, 100), Answer.score(2, 5),
        Answer.text(3, "Trop de reporting"))).check(PULSE)).doesNotThrowAnyException();
  }

  @Test
  void everyProblemIsListedAtOnce() {
    assertThat(codes(List.of(Answer.score(0, 61), Answer.score(1, 101), Answer.score(2, 0))))
        .containsExactly("answers[0].value:range", "answers[1].value:range", "answers[2].value:range");
    assertThat(codes(List.of(Answer.score(0, -1), new Answer(1, "half", null), Answer.score(2, 6))))
        .containsExactly("answers[0].value:range", "answers[1].value:range", "answers[2].value:range");
  }

  @Test
  void everyPulseScoreIsRequiredButTheTextIsNot() {
    assertThat(codes(List.of(Answer.score(0, 5)))).containsExactly("answers:unanswered", "answers:unanswered");
    assertThat(codes(List.of())).containsExactly("answers:noAnswer", "answers:unanswered", "answers:unanswered",
        "answers:unanswered");
  }

  @Test
  void aPulseAsksItsThreeScoresOnceAndOnlyThem() {
    assertThat(pulseCodes(new NewPulse(null, List.of(NewQuestion.of(QuestionType.HOURS),
        NewQuestion.of(QuestionType.NPS)), 0)))
        .containsExactly("questions[1].type:unknownPulseType", "questions:pulseScores", "questions:pulseScores",
            "anonymityThreshold:thresholdTooLow");
    assertThat(pulseCodes(new NewPulse(null, List.of(NewQuestion.of(QuestionType.HOURS),
        NewQuestion.of(QuestionType.HOURS), NewQuestion.of(QuestionType.SHARE), NewQuestion.of(QuestionType.SCALE),
        NewQuestion.of(QuestionType.TEXT)), 5)))
        .containsExactly("questions:pulseScores");
  }

  @Test
  void aPulsePromisesAThresholdOfAtLeastThree() {
    assertThat(pulseCodes(new NewPulse(null, 2))).containsExactly("anonymityThreshold:thresholdTooLow");
    assertThat(pulseCodes(new NewPulse(null, 1))).containsExactly("anonymityThreshold:thresholdTooLow");
    assertThatCode(() -> NewPulse.check(new NewPulse(null, 3).campaign(90, 5), null))
        .isInstanceOf(ListeningRejected.class).satisfies(rejected -> assertThat(((ListeningRejected) rejected)
            .violations()).extracting(Violation::field).containsExactly("team"));
  }

  @Test
  void aCustomerCampaignCannotAskPulseScores() {
    Violations violations = new Violations();
    NewQuestion.of(QuestionType.HOURS).check("questions[0]", violations);
    NewQuestion.of(QuestionType.NPS).check("questions[1]", violations);
    assertThatCode(violations::throwIfAny).isInstanceOf(ListeningRejected.class);
  }

  /** A pulse's problems but its missing team (the team is checked against the model in the API tests). */
  private static List<String> pulseCodes(NewPulse pulse) {
    try {
      NewPulse.check(pulse.campaign(90, 5), null);
    } catch (ListeningRejected rejected) {
      return rejected.violations().stream().filter(v -> !v.field().equals("team"))
          .map(v -> v.field() + ":" + v.code()).toList();
    }
    throw new AssertionError("Accepted: " + pulse);
  }

  private static List<String> codes(List<Answer> answers) {
    try {
      new NewResponse(answers).check(PULSE);
    } catch (ListeningRejected rejected) {
      return rejected.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }
    throw new AssertionError("Accepted: " + answers);
  }
}
