package org.maillon.server.listening;

import java.util.List;
import java.util.Locale;

/**
 * A respondent who ticked the consent asked to be contacted about their answer: published inside
 * the transaction that records the answer, so that whoever turns it into a follow-up (the actions
 * module) writes in the same transaction, all of it or nothing. The contact travels only in this
 * event: the answer's rows never hold it.
 *
 * @param customerName the customer group's name in the current model, as the lead knows it
 * @param scores each scored question's wording and score, in the respondent's language
 * @param language the language the respondent answered in
 */
public record FollowUpAsked(long campaignId, String team, String customerName, String contact, List<String> scores,
    Locale language) {

  /** The follow-up a checked response asks for, each scored answer as its question's wording and score. */
  static FollowUpAsked of(long campaignId, String team, String customerName, NewResponse response,
      List<Question> questions, Locale language) {
    List<String> scores = response.answers().stream().filter(a -> questions.get(a.question()).type().scored())
        .map(a -> questions.get(a.question()).wording().in(language) + " " + a.score()).toList();
    return new FollowUpAsked(campaignId, team, customerName, response.contact().strip(), scores, language);
  }
}
