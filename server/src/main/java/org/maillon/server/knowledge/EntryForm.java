package org.maillon.server.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A new entry as a client or the page's form sends it, every field as text so that each problem
 * can be reported at once, with its field, instead of failing on the first.
 *
 * @param facet {@code opinions}, {@code projects}, {@code stakes} or {@code needs}
 * @param text 1 to 4,000 characters, blanks around it removed
 * @param source {@code survey}, {@code conversation}, {@code visit} or {@code document}
 * @param date the day the information is from, {@code yyyy-mm-dd}, not after today; empty for today
 */
public record EntryForm(String facet, String text, String source, String date) {

  static final int MAX_TEXT = 4000;

  /** Every problem of this form on this day; none when it can be recorded. */
  List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(facet)) {
      problems.add(new FieldProblem("facet", "missing", "Give a facet: opinions, projects, stakes or needs."));
    } else if (Facet.of(facet).isEmpty()) {
      problems.add(new FieldProblem("facet", "unknown", "Unknown facet; use opinions, projects, stakes or needs."));
    }
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      problems.add(new FieldProblem("text", "empty", "The text is empty."));
    } else if (trimmed.length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "too-long", "The text is longer than " + MAX_TEXT + " characters."));
    }
    if (blank(source)) {
      problems.add(new FieldProblem("source", "missing", "Give a source: survey, conversation, visit or document."));
    } else if (Source.of(source).isEmpty()) {
      problems.add(new FieldProblem("source", "unknown", "Unknown source; use survey, conversation, visit or document."));
    }
    dateProblem(today).ifPresent(problems::add);
    return problems;
  }

  private Optional<FieldProblem> dateProblem(LocalDate today) {
    if (blank(date)) {
      return Optional.empty();
    }
    try {
      if (LocalDate.parse(date.strip()).isAfter(today)) {
        return Optional.of(new FieldProblem("date", "future", "The date is after today (" + today + ")."));
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of(new FieldProblem("date", "malformed", "The date is not a day written yyyy-mm-dd."));
    }
  }

  /** The day of the information: the given date, or today when none was given. Call on a valid form. */
  LocalDate day(LocalDate today) {
    return blank(date) ? today : LocalDate.parse(date.strip());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
