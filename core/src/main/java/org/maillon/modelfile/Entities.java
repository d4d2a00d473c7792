package org.maillon.modelfile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.maillon.model.Commitment;
import org.maillon.model.Confirmation;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/**
 * Turns the scalar slots a reader filled into model records, the same way for every format: an
 * empty value is an absent one, equal references share one string (a million people name a few
 * thousand managers and teams), and {@code kind}, {@code steps} and the settings, which the records
 * cannot hold when invalid, are checked here.
 */
final class Entities {

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
  /**
   * What {@link #day(String)} reads from a value that is not a day: a reader that may not report
   * (CSV links, read on every core) reports it once back on one thread, and the model is rejected.
   */
  static final LocalDate INVALID_DAY = LocalDate.MIN;

  private final Problems problems;
  private final Map<String, String> shared = new HashMap<>();
  private final EmailCells emails = new EmailCells();

  Entities(Problems problems) {
    this.problems = problems;
  }

  /** The value to keep for a field read as {@code raw}. */
  String value(Field field, String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (field.reference()) {
      String known = shared.putIfAbsent(raw, raw);
      return known == null ? raw : known;
    }
    return raw;
  }

  /** The organisation's name read as {@code raw}; one too long is reported at {@code at}. */
  String organization(String raw, String file, long at) {
    String name = value(Field.NAME, raw);
    LengthRules.check(name, Field.NAME.maxLength(), "organization", file, at, problems);
    return name;
  }

  /** A final customer; a revenue that is not a decimal number is reported at its location in {@code at}. */
  FinalCustomer customer(String[] slots, String file, long[] at) {
    return new FinalCustomer(slots[0], slots[1], decimal(slots[2], "revenue.invalid", file, at[2]));
  }

  Partner partner(String[] slots) {
    return new Partner(slots[0], slots[1]);
  }

  /**
   * A person; a cost that is not a decimal number is reported at its location in {@code at}, an
   * email that is not an address is left out (see {@link EmailCells}).
   */
  Person person(String[] slots, String file, long[] at) {
    return new Person(slots[0], slots[1], slots[2], slots[3], slots[4], emails.read(slots[5], file, at[5]),
        decimal(slots[6], "cost.invalid", file, at[6]));
  }

  /** Reports, once per file, the emails left out because they were not addresses. */
  void reportEmails() {
    emails.report(problems);
  }

  /**
   * A link from its slots (from, to, delivers, changedOn, confirmedOn, confirmedBy) and its days as
   * read; a confirmation without its day is none.
   */
  static Link link(String[] slots, List<Expectation> expectations, List<Commitment> commitments,
      LocalDate changedOn, LocalDate confirmedOn) {
    return new Link(slots[0], slots[1], slots[2], expectations, commitments, changedOn,
        confirmedOn == null ? null : new Confirmation(confirmedOn, slots[5]));
  }

  /** The day written {@code raw} as YYYY-MM-DD; null when absent, {@link #INVALID_DAY} when not a day. */
  static LocalDate day(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException notADay) {
      return INVALID_DAY;
    }
  }

  /** The day of a {@code field} read as {@code raw}; null when absent, or not a day and reported at {@code at}. */
  LocalDate day(Field field, String raw, String file, long at) {
    LocalDate day = day(raw);
    if (day == INVALID_DAY) {
      problems.error(file, at, "day.invalid", field.key(), raw);
      return null;
    }
    return day;
  }

  Expectation expectation(String[] slots) {
    return new Expectation(slots[0], slots[1]);
  }

  /** A team; an invalid kind is reported at {@code kindAt} and read as the default. */
  Team team(String[] slots, String file, long kindAt) {
    TeamKind kind = null;
    if (slots[2] != null) {
      kind = TeamKind.fromCode(slots[2]).orElse(null);
      if (kind == null) {
        problems.error(file, kindAt, "kind.invalid", slots[2]);
      }
    }
    return new Team(slots[0], slots[1], kind, slots[3], slots[4]);
  }

  /**
   * A procedure; a missing number of steps reads as {@link Procedure#MIN_STEPS}, an invalid one is
   * reported at its location in {@code at} (by slot) and read the same way. A lead time or work
   * that is not a decimal number is reported there too and read as absent; whether a number is
   * above 0 is the validator's, which sees procedures from every source.
   */
  Procedure procedure(String[] slots, List<String> approvals, List<String> serves, String file, long[] at) {
    Integer steps = integer(slots[3], Procedure.MIN_STEPS, "steps.invalid", file, at[3]);
    return new Procedure(slots[0], slots[1], slots[2], steps == null ? Procedure.MIN_STEPS : steps,
        approvals, serves, decimal(slots[4], "leadTimeDays.invalid", file, at[4]),
        decimal(slots[5], "workHours.invalid", file, at[5]));
  }

  /** The target span read as {@code raw}; null when it is absent or invalid. */
  Integer targetSpan(String raw, String file, long at) {
    return integer(raw, Settings.MIN_TARGET_SPAN, "targetSpan.invalid", file, at);
  }

  /** The highest number of levels an approval may climb, read as {@code raw}; null when absent or invalid. */
  Integer maxApprovalLevels(String raw, String file, long at) {
    return integer(raw, Settings.MIN_MAX_APPROVAL_LEVELS, "maxApprovalLevels.invalid", file, at);
  }

  /** The days a link may wait for its customer's confirmation, read as {@code raw}; null when absent or invalid. */
  Integer pendingDays(String raw, String file, long at) {
    return integer(raw, Settings.MIN_PENDING_DAYS, "pendingDays.invalid", file, at);
  }

  /** The widest span a manager may lead, read as {@code raw}; null when absent or invalid. */
  Integer maxSpan(String raw, String file, long at) {
    return integer(raw, Settings.MIN_MAX_SPAN, "maxSpan.invalid", file, at);
  }

  /** The settings read, the defaults standing in for those absent; null when none was read. */
  static Settings settings(Integer targetSpan, Integer maxApprovalLevels, Double minFlowEfficiency, Integer pendingDays,
      Integer maxSpan) {
    if (targetSpan == null && maxApprovalLevels == null && minFlowEfficiency == null && pendingDays == null
        && maxSpan == null) {
      return null;
    }
    return new Settings(targetSpan == null ? Settings.DEFAULT_TARGET_SPAN : targetSpan,
        maxApprovalLevels == null ? Settings.DEFAULT_MAX_APPROVAL_LEVELS : maxApprovalLevels,
        minFlowEfficiency == null ? Settings.DEFAULT_MIN_FLOW_EFFICIENCY : minFlowEfficiency,
        pendingDays == null ? Settings.DEFAULT_PENDING_DAYS : pendingDays,
        maxSpan == null ? Settings.DEFAULT_MAX_SPAN : maxSpan);
  }

  /** The lowest flow efficiency read as {@code raw}; null when absent or invalid. */
  Double minFlowEfficiency(String raw, String file, long at) {
    Double value = decimal(raw, "minFlowEfficiency.invalid", file, at);
    if (value != null && !Settings.validMinFlowEfficiency(value)) {
      problems.error(file, at, "minFlowEfficiency.invalid", raw);
      return null;
    }
    return value;
  }

  /** A decimal number written with digits and at most one point, read as {@code raw}; null when absent, or invalid and reported. */
  private Double decimal(String raw, String problem, String file, long at) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (DECIMAL.matcher(raw.trim()).matches()) {
      return Double.valueOf(raw.trim());
    }
    problems.error(file, at, problem, raw);
    return null;
  }

  /** An integer of at least {@code min} read as {@code raw}; null when absent, or invalid and reported. */
  private Integer integer(String raw, int min, String problem, String file, long at) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException notAnInteger) {
      // reported below, as for a too small value
    }
    problems.error(file, at, problem, raw);
    return null;
  }
}
