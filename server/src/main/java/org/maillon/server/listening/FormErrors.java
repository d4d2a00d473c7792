package org.maillon.server.listening;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A rejected form's problems, worded in the page's language, by field, for the form to show again;
 * public so that the customer card's form of invitations (knowledge pages) words them as the
 * campaign page does.
 */
@Component
public class FormErrors {

  private static final Pattern LINE = Pattern.compile("^line (\\d+)");

  private final MessageSource messages;

  FormErrors(MessageSource messages) {
    this.messages = messages;
  }

  /** The message of each field's first problem, by field ({@code customers[1]}, {@code count}…). */
  public Map<String, String> byField(ListeningRejected rejected, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Violation violation : rejected.violations()) {
      errors.putIfAbsent(violation.field(), message(violation, locale));
    }
    return errors;
  }

  public String message(Violation violation, Locale locale) {
    return messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale);
  }

  /** The problems of a list of contacts, each headed by its line ("Line 2") in the page's language. */
  public Map<String, String> byLine(ListeningRejected rejected, Locale locale) {
    Map<String, String> problems = new LinkedHashMap<>();
    byField(rejected, locale).forEach((field, message) -> {
      Matcher line = LINE.matcher(field);
      problems.merge(line.find() ? messages.getMessage("listening.campaign.line", new Object[] {
          Integer.parseInt(line.group(1))}, locale) : messages.getMessage("listening.campaign.contacts", null, locale),
          message, (a, b) -> a + " " + b);
    });
    return problems;
  }
}
