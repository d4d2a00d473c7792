package org.maillon.server.listening.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.maillon.server.listening.ListeningRejected;
import org.maillon.server.listening.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A rejected form's problems, worded in the page's language, by field, for the form to show again. */
@Component
class FormErrors {

  private final MessageSource messages;

  FormErrors(MessageSource messages) {
    this.messages = messages;
  }

  /** The message of each field's first problem, by field ({@code customers[1]}, {@code count}…). */
  Map<String, String> byField(ListeningRejected rejected, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Violation violation : rejected.violations()) {
      errors.putIfAbsent(violation.field(), message(violation, locale));
    }
    return errors;
  }

  String message(Violation violation, Locale locale) {
    return messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale);
  }
}
