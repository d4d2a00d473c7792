package org.maillon.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every word the command prints, in English or French, from the {@code messages} bundles. Numbers
 * are formatted here and handed to patterns as text, so that French gets "6 000" and English
 * "6,000" whatever the platform's locale data.
 */
final class Messages {

  private static final String BUNDLE = "org.maillon.cli.messages";
  private static final int SHOWN_IDS = 10;

  private final Locale locale;
  private final ResourceBundle bundle;

  Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Locale locale() {
    return locale;
  }

  /** The pattern of {@code key} filled with {@code args}; numbers should come through {@link #number}. */
  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  String number(long value) {
    return pattern("#,##0").format(value);
  }

  String decimal(double value) {
    return pattern("#,##0.##").format(value);
  }

  String percent(double ratio) {
    return pattern("#,##0.#").format(ratio * 100) + get("unit.percent");
  }

  /** Ids joined for reading, at most ten of them, then how many more there are. */
  String ids(List<String> ids) {
    if (ids.isEmpty()) {
      return get("list.none");
    }
    String shown = String.join(", ", ids.subList(0, Math.min(SHOWN_IDS, ids.size())));
    return ids.size() <= SHOWN_IDS ? shown : shown + " " + get("list.more", number(ids.size() - SHOWN_IDS));
  }

  /** A count followed by the first ids, e.g. "3 (a, b, c)". */
  String counted(List<String> ids) {
    return ids.isEmpty() ? number(0) : number(ids.size()) + " (" + ids(ids) + ")";
  }

  /** A possibly absent value: the text for "none" when null. */
  String orNone(Object value) {
    return value == null ? get("list.none") : value.toString();
  }

  private DecimalFormat pattern(String pattern) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    if ("fr".equals(locale.getLanguage())) {
      symbols.setGroupingSeparator(' ');
      symbols.setDecimalSeparator(',');
    }
    return new DecimalFormat(pattern, symbols);
  }
}
