package org.maillon.server.listening;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.valuechain.ValueChainIndex;

/**
 * A bureaucracy pulse to create: a short internal survey of one team's collaborators. Its
 * questions default to the three of the pulse (hours lost per week to internal procedures and
 * reporting, share of time spent on customers, freedom to decide without approval); a pulse may
 * ask each of the three exactly once (with its own wording if it likes) and free texts, so that
 * every response gives the three figures and a group's figures all count the same respondents. Its only respondent group is the team itself, so its invitations
 * name the team (or nothing, which means the team). The threshold defaults to the listening one.
 */
public record NewPulse(String team, List<NewQuestion> questions, Integer anonymityThreshold) {

  /** The questions a pulse asks when it names none. */
  public static final List<NewQuestion> DEFAULT_QUESTIONS = List.of(
      NewQuestion.of(QuestionType.HOURS), NewQuestion.of(QuestionType.SHARE), NewQuestion.of(QuestionType.SCALE));

  public NewPulse(String team, Integer anonymityThreshold) {
    this(team, null, anonymityThreshold);
  }

  /** This pulse with the default questions and threshold where it gives none, as a campaign of the team. */
  NewCampaign campaign(int cadenceDays, int defaultThreshold) {
    return new NewCampaign(team, team == null ? null : List.of(team),
        questions == null ? DEFAULT_QUESTIONS : questions, cadenceDays,
        anonymityThreshold == null ? defaultThreshold : anonymityThreshold).withDefaults(cadenceDays, defaultThreshold);
  }

  /** Checks this pulse (with its defaults) against the model; throws every problem at once. */
  static void check(NewCampaign pulse, ValueChainIndex model) {
    Violations violations = new Violations();
    violations.team("team", pulse.team(), model);
    List<NewQuestion> questions = pulse.questions();
    if (questions.isEmpty() || questions.size() > NewCampaign.MAX_QUESTIONS) {
      violations.add("questions", "questionCount", NewCampaign.MAX_QUESTIONS);
    }
    Map<QuestionType, Integer> scores = new EnumMap<>(QuestionType.class);
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i) == null) {
        violations.add("questions[" + i + "]", "required");
      } else {
        questions.get(i).check("questions[" + i + "]", CampaignKind.PULSE, violations);
        QuestionType.of(questions.get(i).type()).filter(QuestionType::pulse)
            .ifPresent(type -> scores.merge(type, 1, Integer::sum));
      }
    }
    for (NewQuestion score : DEFAULT_QUESTIONS) {
      QuestionType type = QuestionType.of(score.type()).orElseThrow();
      if (scores.getOrDefault(type, 0) != 1) {
        violations.add("questions", "pulseScores", type.code());
      }
    }
    NewCampaign.threshold(pulse.anonymityThreshold(), violations);
    violations.throwIfAny();
  }
}
