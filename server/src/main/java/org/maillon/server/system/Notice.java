package org.maillon.server.system;

/**
 * A page that only tells something: nothing to show yet, an account linked to no person, a survey link
 * answered or unknown, the thanks of a respondent. Every such page is the one {@code notice} template,
 * so they look alike and a new one is a line of its controller. Texts are message keys.
 *
 * @param id the page's element id, which tests and links may name
 * @param heading the key of the page's heading and title, or null for none (the title is then the application's name)
 * @param text the key of what the page says
 * @param link where the page leads next, or null
 * @param linkText the key of that link's text, or null
 */
public record Notice(String id, String heading, String text, String link, String linkText) {

  /** The view that shows a notice, from the model attribute {@value #ATTRIBUTE}. */
  public static final String VIEW = "notice";
  public static final String ATTRIBUTE = "notice";

  public Notice {
    if (id == null || text == null || (link == null) != (linkText == null)) {
      throw new IllegalArgumentException("A notice has an id, a text, and a link with its text or neither.");
    }
  }

  public Notice(String id, String heading, String text) {
    this(id, heading, text, null, null);
  }
}
