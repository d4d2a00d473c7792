package org.maillon.diagnosis;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something the diagnosis found that a manager should look at. The message is rendered in the
 * reader's language from {@code code} and {@code args}; {@code subject} is the id of the team,
 * person or link concerned, or the organisation's name.
 */
public record Finding(String code, Severity severity, String subject, List<String> args) {

  private static final String BUNDLE = "org.maillon.diagnosis.findings";

  public Finding {
    args = List.copyOf(args);
  }

  /** The finding explained in one sentence, in the given language (English when not French). */
  public String message(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(code), locale).format(args.toArray());
  }
}
