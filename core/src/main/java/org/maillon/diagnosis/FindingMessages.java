package org.maillon.diagnosis;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders findings in one language, parsing each message pattern once: a large diagnosis has
 * hundreds of thousands of findings but a dozen codes. Not thread-safe; use one per rendering.
 */
public final class FindingMessages {

  private static final String BUNDLE = "org.maillon.diagnosis.findings";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final Map<String, MessageFormat> formats = new HashMap<>();

  public FindingMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The finding explained in one sentence. */
  public String message(Finding finding) {
    return formats.computeIfAbsent(finding.code(), code -> new MessageFormat(bundle.getString(code), locale))
        .format(finding.args().toArray());
  }
}
