package org.maillon.server.mail;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The plain text and the HTML of one message, written from the same sentences, so that the two
 * never say different things: paragraphs, lists, links, and a footer line under a rule. Every
 * text is escaped in the HTML; links are the application's own.
 */
public final class MailBody {

  private final Locale locale;
  private final StringBuilder plain = new StringBuilder();
  private final StringBuilder html;

  public MailBody(Locale locale) {
    this.locale = locale;
    this.html = new StringBuilder("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>");
  }

  /** A paragraph. */
  public MailBody paragraph(String text) {
    plain.append(text).append("\n\n");
    html.append("<p>").append(HtmlUtils.htmlEscape(text)).append("</p>");
    return this;
  }

  /** A list of items, nothing when there are none. */
  public MailBody items(List<String> items) {
    if (items.isEmpty()) {
      return this;
    }
    html.append("<ul>");
    for (String item : items) {
      plain.append("- ").append(item).append('\n');
      html.append("<li>").append(HtmlUtils.htmlEscape(item)).append("</li>");
    }
    plain.append('\n');
    html.append("</ul>");
    return this;
  }

  /** A link on a line of its own: {@code label: url} in plain text. */
  public MailBody link(String label, String url) {
    plain.append(label).append(": ").append(url).append("\n\n");
    html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">").append(HtmlUtils.htmlEscape(label))
        .append("</a></p>");
    return this;
  }

  /** The last line, under a signature rule, with a link at its end. */
  public MailBody footer(String line, String linkLabel, String url) {
    plain.append("-- \n").append(line).append(' ').append(url).append('\n');
    html.append("<hr><p><small>").append(HtmlUtils.htmlEscape(line)).append(" <a href=\"")
        .append(HtmlUtils.htmlEscape(url)).append("\">").append(HtmlUtils.htmlEscape(linkLabel))
        .append("</a></small></p>");
    return this;
  }

  /** The message to queue, with this body. */
  public OutgoingMail mail(String key, String recipient, String subject) {
    return new OutgoingMail(key, recipient, locale.getLanguage(), subject, plain.toString(),
        html + "</body></html>");
  }
}
