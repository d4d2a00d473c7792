package org.maillon.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every command shares: the language of what it prints, and stack traces on failure. */
final class CommonOptions {

  enum Lang { EN, FR }

  @Option(names = "--lang", paramLabel = "en|fr",
      description = "Language of the output; default: French when the system language is French, else English.")
  Lang lang;

  @Option(names = "--debug", description = "Print the stack trace of an unexpected failure.")
  boolean debug;

  Locale locale() {
    Lang chosen = lang != null ? lang
        : "fr".equals(Locale.getDefault().getLanguage()) ? Lang.FR : Lang.EN;
    return chosen == Lang.FR ? Locale.FRENCH : Locale.ENGLISH;
  }

  Messages messages() {
    return new Messages(locale());
  }
}
