package org.maillon.diff;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a version diff in the reader's language — kinds of entity, their fields, the
 * figures of the summary diagnosis — so that the command line's report and the server's history
 * name each thing alike. Every figure the summary writes has a name; a figure added to the summary
 * without one fails the tests that name every figure.
 */
public final class DiffNames {

  private static final String BUNDLE = "org.maillon.diff.names";

  private final ResourceBundle bundle;
  private final Locale locale;

  public DiffNames(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code people} → "People". */
  public String kind(String kind) {
    return bundle.getString("kind." + kind);
  }

  /** {@code manager} → "manager", as the model file's field. */
  public String field(String field) {
    return bundle.getString("field." + field);
  }

  /**
   * The figure as a reader names it: {@code valueChain.hopsDistribution.2} → "People 2 hops from a
   * final customer". A figure numbered by its last name (a distance, a depth) takes its name from the
   * pattern of the figures above it, given the number.
   */
  public String figure(FigureChange figure) {
    List<String> path = figure.path();
    String last = path.get(path.size() - 1);
    if (path.size() > 1 && last.chars().allMatch(Character::isDigit)) {
      return new MessageFormat(bundle.getString("figure." + String.join(".", path.subList(0, path.size() - 1))),
          locale).format(new Object[] {Integer.valueOf(last)});
    }
    return bundle.getString("figure." + figure.name());
  }
}
