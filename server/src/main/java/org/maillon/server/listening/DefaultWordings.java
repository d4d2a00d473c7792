package org.maillon.server.listening;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of a question that a campaign did not word itself, from the listening bundle: stored
 * as null, so that an improved default reaches every campaign that kept it.
 */
@Component
class DefaultWordings {

  private final MessageSource messages;

  DefaultWordings(MessageSource messages) {
    this.messages = messages;
  }

  /** The question's wording: its own in each language where it has one, the default elsewhere. */
  Wording wording(QuestionType type, String ownEn, String ownFr) {
    String key = "listening.question." + type.code();
    return new Wording(ownEn != null ? ownEn : messages.getMessage(key, null, Locale.ENGLISH),
        ownFr != null ? ownFr : messages.getMessage(key, null, Locale.FRENCH));
  }
}
