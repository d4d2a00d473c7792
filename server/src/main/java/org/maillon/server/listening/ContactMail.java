package org.maillon.server.listening;

import java.util.List;
import java.util.Locale;
import org.maillon.server.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation and reminder a contact receives, in their language, as plain text and HTML from
 * the same sentences: who asks (the organisation's name), the answer link, and an unsubscribe link.
 * Links start with the public address of the settings ({@code maillon.public-url}), since mail is
 * written away from any request, and open their page in the message's language.
 */
@Component
class ContactMail {

  private final MessageSource messages;
  private final String publicUrl;

  ContactMail(MessageSource messages, @Value("${maillon.public-url}") String publicUrl) {
    this.messages = messages;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
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
    String answer = publicUrl + "/r/" + answerToken + "?lang=" + locale.getLanguage();
    String unsubscribe = publicUrl + "/unsubscribe/" + unsubscribeToken + "?lang=" + locale.getLanguage();
    List<String> paragraphs = List.of(text("listening.mail.greeting", locale),
        text("listening.mail." + kind + ".body", locale, organisation));
    String answerLabel = text("listening.mail.answer", locale);
    String unsubscribeLine = text("listening.mail.unsubscribe", locale);
    StringBuilder plain = new StringBuilder();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>");
    for (String paragraph : paragraphs) {
      plain.append(paragraph).append("\n\n");
      html.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>");
    }
    plain.append(answerLabel).append(": ").append(answer).append("\n\n-- \n").append(unsubscribeLine).append(' ')
        .append(unsubscribe).append('\n');
    html.append("<p><a href=\"").append(answer).append("\">").append(HtmlUtils.htmlEscape(answerLabel))
        .append("</a></p><hr><p><small>").append(HtmlUtils.htmlEscape(unsubscribeLine)).append(" <a href=\"")
        .append(unsubscribe).append("\">").append(HtmlUtils.htmlEscape(text("listening.mail.unsubscribeLink", locale)))
        .append("</a></small></p></body></html>");
    return new OutgoingMail(key, email, locale.getLanguage(),
        text("listening.mail." + kind + ".subject", locale, organisation), plain.toString(), html.toString());
  }

  private String text(String code, Locale locale, Object... arguments) {
    return messages.getMessage(code, arguments, locale);
  }
}
