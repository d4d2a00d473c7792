package org.maillon.server.listening;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.voice.Thresholds;

/**
 * A campaign to create: a supplier team, the customers it listens to (customers of that team in
 * the current model), its questions in order, how often it listens (cadence) and how many
 * responses each batch of published results holds at least (its anonymity threshold, 3 or more).
 * Omitted questions, cadence and threshold take the defaults ({@link #withDefaults}); the command
 * checks itself against the model, every problem at once. Contacts invited by email are reminded
 * after {@code remindAfterDays} without an answer, at most {@code maxReminders} times, never once
 * the campaign closes ({@code closesAt}, none when null).
 */
public record NewCampaign(String team, List<String> customers, List<NewQuestion> questions,
    Integer cadenceDays, Integer anonymityThreshold, Integer remindAfterDays, Integer maxReminders,
    Instant closesAt) {

  static final int DEFAULT_REMIND_AFTER_DAYS = 5;
  static final int DEFAULT_MAX_REMINDERS = 2;
  static final int MAX_REMINDERS = 10;

  /** A campaign with the default reminders and no closing date. */
  public NewCampaign(String team, List<String> customers, List<NewQuestion> questions, Integer cadenceDays,
      Integer anonymityThreshold) {
    this(team, customers, questions, cadenceDays, anonymityThreshold, null, null, null);
  }

  /** The questions asked when a campaign names none: recommendation, satisfaction, a free word. */
  public static final List<NewQuestion> DEFAULT_QUESTIONS = List.of(
      NewQuestion.of(QuestionType.NPS), NewQuestion.of(QuestionType.CSAT), NewQuestion.of(QuestionType.TEXT));
  static final int MAX_QUESTIONS = 20;

  /** This campaign with the default questions, cadence and threshold where it gives none. */
  NewCampaign withDefaults(int defaultCadenceDays, int defaultThreshold) {
    return new NewCampaign(team, customers, questions == null ? DEFAULT_QUESTIONS : questions,
        cadenceDays == null ? defaultCadenceDays : cadenceDays,
        anonymityThreshold == null ? defaultThreshold : anonymityThreshold,
        remindAfterDays == null ? DEFAULT_REMIND_AFTER_DAYS : remindAfterDays,
        maxReminders == null ? DEFAULT_MAX_REMINDERS : maxReminders, closesAt);
  }

  /** Checks this campaign (with its defaults) against the model; throws every problem at once. */
  void check(ValueChainIndex model) {
    Violations violations = new Violations();
    boolean knownTeam = violations.team("team", team, model);
    checkCustomers(knownTeam ? model.customers(team) : null, violations);
    if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
      violations.add("questions", "questionCount", MAX_QUESTIONS);
    }
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i) == null) {
        violations.add("questions[" + i + "]", "required");
      } else {
        questions.get(i).check("questions[" + i + "]", violations);
      }
    }
    positive("cadenceDays", cadenceDays, violations);
    threshold(anonymityThreshold, violations);
    positive("remindAfterDays", remindAfterDays, violations);
    if (maxReminders < 0 || maxReminders > MAX_REMINDERS) {
      violations.add("maxReminders", "range", 0, MAX_REMINDERS);
    }
    violations.throwIfAny();
  }

  /** Each customer must be one of the team's customers (when the team is known), and listed once. */
  private void checkCustomers(List<String> ofTeam, Violations violations) {
    if (customers == null || customers.isEmpty()) {
      violations.add("customers", "noCustomer");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < customers.size(); i++) {
      String customer = customers.get(i);
      String field = "customers[" + i + "]";
      if (!violations.id(field, customer)) {
        continue;
      }
      if (!seen.add(customer)) {
        violations.add(field, "duplicate", customer);
      } else if (ofTeam != null && !ofTeam.contains(customer)) {
        violations.add(field, "notACustomer", customer, team);
      }
    }
  }

  /** A threshold below {@link Thresholds#MINIMUM} would let one respondent of a pair read the other's answer. */
  static void threshold(int threshold, Violations violations) {
    if (threshold < Thresholds.MINIMUM) {
      violations.add("anonymityThreshold", "thresholdTooLow", Thresholds.MINIMUM);
    }
  }

  private static void positive(String field, Integer value, Violations violations) {
    if (value <= 0) {
      violations.add(field, "notPositive");
    }
  }
}
