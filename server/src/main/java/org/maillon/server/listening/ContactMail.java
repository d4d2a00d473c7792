package org.maillon.server.listening;

import java.util.Locale;
import org.maillon.server.mail.MailBody;
import org.maillon.server.mail.OutgoingMail;
import org.maillon.server.mail.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation and reminder a contact receives, in their language, as plain text and HTML from
 * the same sentences: who asks (the organisation's name), the answer link, and an unsubscribe link.
 */
@Component
class ContactMail {

  private final MessageSource messages;
  private final PublicLinks links;

  ContactMail(MessageSource messages, PublicLinks links) {
    this.messages = messages;
    this.links = links;
  }

  /**
   * The message for this contact: the invitation when {@code reminder} is 0, else that reminder.
   *
   * @param organisation who asks, as the contact knows them
   */
  OutgoingMail message(String key, String email, String language, String organisation, String answerToken,
      String unsubscribeToken, int reminder) {
    Locale locale = Locale.forLanguageTag(language);
    String kind = reminder == 0 ? "invitation" : "reminder";
    return new MailBody(locale)
        .paragraph(text("listening.mail.greeting", locale))
        .paragraph(text("listening.mail." + kind + ".body", locale, organisation))
        .link(text("listening.mail.answer", locale), links.to("/r/" + answerToken, locale))
        .footer(text("listening.mail.unsubscribe", locale), text("listening.mail.unsubscribeLink", locale),
            links.to("/unsubscribe/" + unsubscribeToken, locale))
        .mail(key, email, text("listening.mail." + kind + ".subject", locale, organisation));
  }

  private String text(String code, Locale locale, Object... arguments) {
    return messages.getMessage(code, arguments, locale);
  }
}
