package org.maillon.modelfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Binds a YAML or JSON token stream to an {@link Organization}, remembering in a {@link SourceMap}
 * the line and column of every value the validator may point at. A wrong shape is reported where
 * it stands and skipped, so that one pass finds them all; a malformed file stops at the parser's
 * location. It walks tokens directly: no intermediate tree, no object per value beyond the records.
 */
final class TreeBinder {

  /** Reads a field that is not a scalar of the current section; false when it does not know it. */
  private interface Nested {
    boolean read(String name);
  }

  private static final int KIND_SLOT = Section.TEAMS.fields().indexOf(Field.KIND);
  private static final int CHANGED_SLOT = Section.LINKS.fields().indexOf(Field.CHANGED_ON);
  private static final int CONFIRMED_SLOT = Section.LINKS.fields().indexOf(Field.CONFIRMED_ON);

  private final JsonParser parser;
  private final String file;
  private final Problems problems;
  private final SourceMap source;
  private final Entities entities;
  private final String[][] slots = new String[Section.values().length][];
  private final long[][] slotsAt = new long[Section.values().length][];
  private String name;
  private Integer targetSpan;
  private Integer maxApprovalLevels;
  private Double minFlowEfficiency;
  private Integer pendingDays;
  private Integer maxSpan;
  private final List<FinalCustomer> customers = new ArrayList<>();
  private final List<Partner> partners = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Procedure> procedures = new ArrayList<>();

  TreeBinder(JsonParser parser, String file, Problems problems, SourceMap source) {
    this.parser = parser;
    this.file = file;
    this.problems = problems;
    this.source = source;
    this.entities = new Entities(problems);
    for (Section section : Section.values()) {
      slots[section.ordinal()] = section.newSlots();
      slotsAt[section.ordinal()] = new long[section.fields().size()];
    }
  }

  /** The organisation the stream holds, as far as it could be read. */
  Organization bind() {
    try {
      parser.nextToken();
      if (expect(JsonToken.START_OBJECT, "shape.map")) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = parser.currentName();
          long keyAt = here();
          parser.nextToken();
          readTop(key, keyAt);
        }
      }
    } catch (JacksonException e) {
      malformed(e);
    }
    entities.reportEmails();
    return new Organization(name, Entities.settings(targetSpan, maxApprovalLevels, minFlowEfficiency, pendingDays, maxSpan), customers, partners, teams,
        people, links, procedures);
  }

  private void readTop(String key, long keyAt) {
    switch (key) {
      case "organization" -> name = entities.organization(scalar(), file, here());
      case "settings" -> readSettings();
      case "customers" -> eachObject(Section.CUSTOMERS,
          i -> customers.add(entities.customer(fields(Section.CUSTOMERS, i, null), file,
              slotsAt[Section.CUSTOMERS.ordinal()])));
      case "partners" -> eachObject(Section.PARTNERS,
          i -> partners.add(entities.partner(fields(Section.PARTNERS, i, null))));
      case "teams" -> eachObject(Section.TEAMS, i -> teams.add(entities.team(
          fields(Section.TEAMS, i, null), file, slotsAt[Section.TEAMS.ordinal()][KIND_SLOT])));
      case "people" -> eachObject(Section.PEOPLE,
          i -> people.add(entities.person(fields(Section.PEOPLE, i, null), file,
              slotsAt[Section.PEOPLE.ordinal()])));
      case "links" -> eachObject(Section.LINKS, this::readLink);
      case "procedures" -> eachObject(Section.PROCEDURES, this::readProcedure);
      default -> unknown(key, keyAt);
    }
  }

  private void readSettings() {
    if (!expect(JsonToken.START_OBJECT, "shape.map")) {
      return;
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      long keyAt = here();
      parser.nextToken();
      long at = here();
      if (key.equals("targetSpan")) {
        targetSpan = entities.targetSpan(scalar(), file, at);
      } else if (key.equals("maxApprovalLevels")) {
        maxApprovalLevels = entities.maxApprovalLevels(scalar(), file, at);
      } else if (key.equals("minFlowEfficiency")) {
        minFlowEfficiency = entities.minFlowEfficiency(scalar(), file, at);
      } else if (key.equals("pendingDays")) {
        pendingDays = entities.pendingDays(scalar(), file, at);
      } else if (key.equals("maxSpan")) {
        maxSpan = entities.maxSpan(scalar(), file, at);
      } else {
        unknown(key, keyAt);
      }
    }
  }

  private void readLink(int index) {
    List<Expectation> expectations = new ArrayList<>();
    List<Commitment> commitments = new ArrayList<>();
    String[] values = fields(Section.LINKS, index, key -> switch (key) {
      case "expectations" -> eachObject(Section.EXPECTATIONS,
          i -> expectations.add(entities.expectation(fields(Section.EXPECTATIONS, i, null))));
      case "commitments" -> eachObject(Section.COMMITMENTS, i -> commitments.add(readCommitment(i)));
      default -> false;
    });
    long[] at = slotsAt[Section.LINKS.ordinal()];
    links.add(Entities.link(values, expectations, commitments,
        entities.day(Field.CHANGED_ON, values[CHANGED_SLOT], file, at[CHANGED_SLOT]),
        entities.day(Field.CONFIRMED_ON, values[CONFIRMED_SLOT], file, at[CONFIRMED_SLOT])));
  }

  private Commitment readCommitment(int index) {
    List<String> answers = new ArrayList<>();
    String[] values = fields(Section.COMMITMENTS, index,
        key -> key.equals(Field.ANSWER.key()) && readIds(Field.ANSWER, Section.ANSWERS, answers));
    return new Commitment(values[0], answers);
  }

  private void readProcedure(int index) {
    List<String> approvals = new ArrayList<>();
    List<String> serves = new ArrayList<>();
    String[] values = fields(Section.PROCEDURES, index, key -> switch (key) {
      case "approvals" -> readIds(Field.APPROVAL, Section.APPROVALS, approvals);
      case "serves" -> readIds(Field.SERVED, Section.SERVES, serves);
      default -> false;
    });
    procedures.add(entities.procedure(values, approvals, serves, file, slotsAt[Section.PROCEDURES.ordinal()]));
  }

  /** Reads a list of ids into {@code ids}, each one located as an entry of {@code section}. */
  private boolean readIds(Field field, Section section, List<String> ids) {
    if (expect(JsonToken.START_ARRAY, "shape.list")) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        long at = here();
        String id = entities.value(field, scalar());
        if (id != null) {
          source.start(section, at);
          ids.add(id);
        }
      }
    }
    return true;
  }

  /** Calls {@code read} with the index of each map of the list at hand; true when it knew it. */
  private boolean eachObject(Section section, IntConsumer read) {
    if (expect(JsonToken.START_ARRAY, "shape.list")) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
          read.accept(source.start(section, here()));
        } else {
          problems.error(file, here(), "shape.map");
          parser.skipChildren();
        }
      }
    }
    return true;
  }

  /**
   * Reads the map at hand into the section's slot buffer, valid until the next call. Only located
   * fields, and values too long, cost a location: this runs once per person.
   */
  private String[] fields(Section section, int index, Nested nested) {
    String[] values = slots[section.ordinal()];
    long[] at = slotsAt[section.ordinal()];
    Arrays.fill(values, null);
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      int slot = section.slotOf(key);
      long keyAt = slot < 0 ? here() : 0;
      parser.nextToken();
      if (slot >= 0) {
        Field field = section.fields().get(slot);
        if (field.located()) {
          at[slot] = here();
          source.put(section, index, field, at[slot]);
        }
        values[slot] = entities.value(field, scalar());
        if (!field.located() && LengthRules.tooLong(values[slot], field.maxLength())) {
          source.put(section, index, field, here());
        }
      } else if (nested == null || !nested.read(key)) {
        unknown(key, keyAt);
      }
    }
    return values;
  }

  /** The text of the scalar at hand (numbers and booleans as written), or null. */
  private String scalar() {
    JsonToken token = parser.currentToken();
    if (token.isScalarValue()) {
      return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
    problems.error(file, here(), "shape.text");
    parser.skipChildren();
    return null;
  }

  /** True when the token at hand is {@code expected}; null is an absent value, else a problem. */
  private boolean expect(JsonToken expected, String problem) {
    JsonToken token = parser.currentToken();
    if (token == expected) {
      return true;
    }
    if (token != null && token != JsonToken.VALUE_NULL) {
      problems.error(file, here(), problem);
      parser.skipChildren();
    }
    return false;
  }

  /**
   * Reports why the stream stopped: bytes that are not UTF-8, lists and maps nested deeper than
   * the parser allows (located at the one too many, which the exception does not say), or the
   * parser's message at its location.
   */
  private void malformed(JacksonException e) {
    Utf8Reader.MalformedException encoding = Utf8Reader.MalformedException.in(e);
    int maxDepth = parser.streamReadConstraints().getMaxNestingDepth();
    if (encoding != null) {
      problems.malformed(file, encoding.location(), "file.encoding", encoding.byteText());
    } else if (parser.streamReadContext() != null && parser.streamReadContext().getNestingDepth() > maxDepth) {
      problems.malformed(file, here(), "file.tooDeep", maxDepth);
    } else {
      problems.malformed(file, e.getLocation() == null ? here() : at(e.getLocation()), "file.malformed",
          summary(e.getOriginalMessage()));
    }
  }

  /** The parser's message without the excerpt and positions that YAML parsers add. */
  private static String summary(String message) {
    return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .collect(Collectors.joining(", "));
  }

  private void unknown(String key, long keyAt) {
    problems.warning(file, keyAt, "field.unknown", key);
    parser.skipChildren();
  }

  private long here() {
    return at(parser.currentTokenLocation());
  }

  /** A parser's location as a problem's; none when the parser has none. */
  private static long at(TokenStreamLocation location) {
    return location.getLineNr() < 1 ? 0 : Problems.at(location.getLineNr(), Math.max(0, location.getColumnNr()));
  }
}
