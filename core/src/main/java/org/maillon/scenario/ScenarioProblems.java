package org.maillon.scenario;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;

/**
 * The problems of one scenario file, worded in the user's language and located like a model's,
 * so that the command line reports both alike. They are all collected before the scenario is
 * refused, so that the user fixes them in one pass.
 */
final class ScenarioProblems {

  private static final String BUNDLE = "org.maillon.scenario.problems";

  private final String file;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final List<Problem> problems = new ArrayList<>();

  ScenarioProblems(String file, Locale locale) {
    this.file = file;
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** An empty collector for the same file, worded the same: for applying what was read. */
  ScenarioProblems fresh() {
    return new ScenarioProblems(file, locale);
  }

  void add(Place place, String key, Object... args) {
    String message = new MessageFormat(bundle.getString(key), locale).format(args);
    problems.add(new Problem(file, place.line(), place.column(), message));
  }

  boolean any() {
    return !problems.isEmpty();
  }

  /** Refuses the scenario with every problem found, when there is one. */
  void throwIfAny() {
    if (any()) {
      throw new ModelRejectedException(problems);
    }
  }
}
