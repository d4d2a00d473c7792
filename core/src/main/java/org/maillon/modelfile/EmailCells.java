package org.maillon.modelfile;

import java.util.regex.Pattern;

/**
 * Emails as a model gives them. HR exports often name a column {@code EMAIL} and fill it with a
 * user name ({@code SKING} in Oracle's sample): such a value is not an address, so it is left out
 * and the model still imports, with one warning per file at the first of them and how many more.
 */
final class EmailCells {

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private String file;
  private long firstAt;
  private String first;
  private int count;

  /** The address written {@code raw}, trimmed; null when absent or not an address. */
  String read(String raw, String file, long at) {
    if (raw == null) {
      return null;
    }
    String value = raw.trim();
    if (ADDRESS.matcher(value).matches()) {
      return value;
    }
    if (count++ == 0) {
      this.file = file;
      this.firstAt = at;
      this.first = value;
    }
    return null;
  }

  void report(Problems problems) {
    if (count > 0) {
      problems.warning(file, firstAt, "email.notAddress", first, count - 1);
    }
  }
}
