package org.maillon.modelfile;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The problems and warnings met while reading and validating one model, worded in the user's
 * language as they are found. A location is a {@code long} packing line and column, so that
 * readers can keep locations in primitive arrays.
 */
final class Problems {

  private static final String BUNDLE = "org.maillon.modelfile.problems";
  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::table)
      .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

  private final Locale locale;
  private final ResourceBundle bundle;
  private final List<Problem> errors = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final List<Problem> malformed = new ArrayList<>();

  Problems(Locale locale) {
    this(locale, ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  private Problems(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * An empty collector worded the same, for rules checked on another thread; {@link #append} its
   * problems where the rules would have reported them on this one.
   */
  Problems fork() {
    return new Problems(locale, bundle);
  }

  /** Adds the problems of a fork after those already here, in their order. */
  void append(Problems fork) {
    errors.addAll(fork.errors);
    warnings.addAll(fork.warnings);
    malformed.addAll(fork.malformed);
  }

  /** Packs a 1-based line and a column (0 for none) into one location. */
  static long at(int line, int column) {
    return ((long) line << 32) | column;
  }

  static int line(long location) {
    return (int) (location >>> 32);
  }

  static int column(long location) {
    return (int) location;
  }

  void error(String file, long location, String key, Object... args) {
    errors.add(problem(file, location, key, args));
  }

  /**
   * A problem after which the model is incomplete: validating it would only mislead, and the
   * problems met so far matter less than this one, so it is reported alone.
   */
  void malformed(String file, long location, String key, Object... args) {
    malformed.add(problem(file, location, key, args));
  }

  void warning(String file, long location, String key, Object... args) {
    warnings.add(problem(file, location, key, args));
  }

  boolean isMalformed() {
    return !malformed.isEmpty();
  }

  boolean hasErrors() {
    return isMalformed() || !errors.isEmpty();
  }

  List<Problem> errors() {
    return sorted(isMalformed() ? malformed : errors);
  }

  List<Problem> warnings() {
    return sorted(warnings);
  }

  /**
   * How a sheet of a workbook is shown: the workbook, a colon, the sheet and {@code !}, which the
   * cell of a problem completes ({@code org.xlsx:people!C7}).
   */
  static String sheet(String workbook, String sheet) {
    return workbook + ":" + sheet + "!";
  }

  /** A located reference to show inside a message, such as "teams.csv:3" or "org.xlsx:teams!A3". */
  static String where(String file, long location) {
    return isSheet(file) ? file + Problem.cell(column(location), line(location)) : file + ":" + line(location);
  }

  private Problem problem(String file, long location, String key, Object... args) {
    String message = new MessageFormat(bundle.getString(key), locale).format(args);
    String shown = !isSheet(file) ? file
        : line(location) == 0 ? file.substring(0, file.length() - 1) : where(file, location);
    return new Problem(shown, line(location), column(location), message);
  }

  private static boolean isSheet(String file) {
    return file.endsWith("!");
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(ORDER);
    return copy;
  }
}
