package org.maillon.server.listening;

/**
 * One answer as a respondent gave it: the question's position, and a score or a text, both as
 * given (a form sends text, JSON may send anything) so that a malformed value is reported on its
 * field rather than failing the whole request.
 */
public record Answer(Integer question, String value, String text) {

  public static Answer score(int question, int value) {
    return new Answer(question, Integer.toString(value), null);
  }

  public static Answer text(int question, String text) {
    return new Answer(question, null, text);
  }

  /** The score, once checked. */
  int score() {
    return Integer.parseInt(value.strip());
  }
}
