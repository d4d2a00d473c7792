package org.maillon.server.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A team's function in the reader's language. Model files name functions in English
 * ({@code purchasing}, {@code customer service}); the common ones have a message
 * ({@code function.purchasing}), and a function of the organisation's own stays as written, since
 * it is the user's word. Pages call it as {@code @teamFunctions.name(function, #locale)}.
 */
@Component("teamFunctions")
public class TeamFunctions {

  private final MessageSource messages;

  TeamFunctions(MessageSource messages) {
    this.messages = messages;
  }

  /** The function's name in this language, or the function as written; null stays null. */
  public String name(String function, Locale locale) {
    if (function == null || function.isBlank()) {
      return function;
    }
    String key = "function." + function.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    try {
      return messages.getMessage(key, null, locale);
    } catch (NoSuchMessageException ownWord) {
      return function;
    }
  }
}
