package org.maillon.server.security;

/** Names as the logs show them: whatever a client typed cannot forge a log line or flood one. */
public final class LogText {

  private LogText() {}

  /** The text cut to 100 characters, its line breaks and other control characters as {@code ?}. */
  public static String printable(String text) {
    if (text == null) {
      return "";
    }
    String cut = text.length() > SignInAttempt.LONGEST_KEY ? text.substring(0, SignInAttempt.LONGEST_KEY) + "…" : text;
    return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }
}
