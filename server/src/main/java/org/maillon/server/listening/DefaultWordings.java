package org.maillon.server.listening;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of a question that a campaign did not word itself, from the listening bundle: stored
 * as null, so that an improved default reaches every campaign that kept it. A final customer is asked
 * in a customer's words (a friend or relative, "we"), where a team inside the company is asked about
 * "our team" and a colleague.
 */
@Component
class DefaultWordings {

  private final MessageSource messages;

  DefaultWordings(MessageSource messages) {
    this.messages = messages;
  }

  /** The question's wording for a team inside the company: its own in each language where it has one, the default elsewhere. */
  Wording wording(QuestionType type, String ownEn, String ownFr) {
    return wording(type, ownEn, ownFr, false);
  }

  /** The question's wording, the default one addressed to a final customer when {@code finalCustomer} is set. */
  Wording wording(QuestionType type, String ownEn, String ownFr, boolean finalCustomer) {
    return new Wording(ownEn != null ? ownEn : fallback(type, finalCustomer, Locale.ENGLISH),
        ownFr != null ? ownFr : fallback(type, finalCustomer, Locale.FRENCH));
  }

  private String fallback(QuestionType type, boolean finalCustomer, Locale locale) {
    String key = "listening.question." + type.code();
    String internal = messages.getMessage(key, null, locale);
    return finalCustomer ? messages.getMessage(key + ".final", null, internal, locale) : internal;
  }
}
