package org.maillon.server.security.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.maillon.server.security.AccountProblem;
import org.maillon.server.security.AccountRefused;
import org.maillon.server.security.AccountRejected;
import org.maillon.server.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The users pages' problems and roles, worded in the page's language. */
@Component
class AccountMessages {

  private final MessageSource messages;

  AccountMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** The message of each field's first problem, by field, for the form to show beside it. */
  Map<String, String> byField(AccountRejected rejected, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (AccountProblem problem : rejected.problems()) {
      errors.putIfAbsent(problem.field(), messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
          locale));
    }
    return errors;
  }

  String refusal(AccountRefused refused, Locale locale) {
    return messages.getMessage(refused.messageKey(), refused.arguments().toArray(), locale);
  }

  String role(Role role, Locale locale) {
    return messages.getMessage("account.role." + role.code(), null, locale);
  }

  String text(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
