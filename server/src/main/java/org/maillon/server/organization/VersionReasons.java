package org.maillon.server.organization;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why a version was made, in its author's words: optional, and short enough to read in a list of
 * versions. Imports, card edits and confirmations check it here, so that all say the same problem
 * in the same words, and store it as {@link #of} gives it.
 */
@Component
public class VersionReasons {

  /** The longest reason, in characters. */
  public static final int MAX = 500;

  private final MessageSource messages;

  VersionReasons(MessageSource messages) {
    this.messages = messages;
  }

  /** The reason as stored: stripped, null when blank or absent. */
  public static String of(String said) {
    return said == null || said.isBlank() ? null : said.strip();
  }

  /** What is wrong with this reason, in this language; empty when it may be stored. */
  public Optional<String> problem(String said, Locale locale) {
    String reason = of(said);
    int length = reason == null ? 0 : reason.codePointCount(0, reason.length());
    return length <= MAX ? Optional.empty()
        : Optional.of(messages.getMessage("version.reason.tooLong", new Object[] {MAX, length}, locale));
  }
}
