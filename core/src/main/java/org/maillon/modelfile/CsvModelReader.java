package org.maillon.modelfile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;

/**
 * Reads a model from its CSV files, so that an HR system's export imports as it is: files and
 * headers go by our names or by common HR names (see {@link CsvHeaders}), a person's name may be
 * split in first and last names, and a title may come through {@code jobs.csv}. Each record is
 * located at its starting line, the header being line 1.
 */
final class CsvModelReader {

  /** Handles one record of a file, with the columns of its header and its starting line. */
  private interface Row {
    void accept(CsvColumns columns, CSVRecord record, long at);
  }

  /** Handles one entity record once its slots are filled. */
  private interface EntityRow {
    void accept(String[] slots, CsvColumns columns, CSVRecord record, long at);
  }

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private final CsvFiles files;
  private final Problems problems;
  private final SourceMap source;
  private final Entities entities;
  private final Map<String, String> jobs = new HashMap<>();
  private String name;
  private Integer targetSpan;
  private Integer maxApprovalLevels;
  private int line;

  CsvModelReader(CsvFiles files, Problems problems, SourceMap source) {
    this.files = files;
    this.problems = problems;
    this.source = source;
    this.entities = new Entities(problems);
  }

  Organization read() {
    CsvFiles.CsvFile people = required(CsvHeaders.PEOPLE_FILES);
    CsvFiles.CsvFile teams = required(CsvHeaders.TEAM_FILES);
    readSettings(files.find("settings.csv"));
    readJobs(files.find("jobs.csv"));
    List<FinalCustomer> customers = new ArrayList<>();
    eachEntity(files.find("customers.csv"), Section.CUSTOMERS, (slots, columns, record, at) ->
        customers.add(entities.customer(slots)));
    List<Partner> partners = new ArrayList<>();
    eachEntity(files.find("partners.csv"), Section.PARTNERS, (slots, columns, record, at) ->
        partners.add(entities.partner(slots)));
    List<Team> teamList = new ArrayList<>();
    eachEntity(teams, Section.TEAMS, (slots, columns, record, at) ->
        teamList.add(entities.team(slots, teams.display(), at)));
    List<Person> peopleList = new ArrayList<>();
    eachEntity(people, Section.PEOPLE, (slots, columns, record, at) ->
        peopleList.add(person(slots, columns, record)));
    List<Link> links = new ArrayList<>();
    eachEntity(files.find("links.csv"), Section.LINKS, (slots, columns, record, at) ->
        links.add(link(slots, columns, record, at)));
    List<Procedure> procedures = new ArrayList<>();
    CsvFiles.CsvFile procedureFile = files.find("procedures.csv");
    eachEntity(procedureFile, Section.PROCEDURES, (slots, columns, record, at) ->
        procedures.add(procedure(slots, columns, record, procedureFile.display(), at)));
    return new Organization(name, Entities.settings(targetSpan, maxApprovalLevels), customers, partners,
        teamList, peopleList, links, procedures);
  }

  private CsvFiles.CsvFile required(List<String> names) {
    CsvFiles.CsvFile file = files.find(names.toArray(String[]::new));
    if (file == null) {
      problems.malformed(files.display(names.get(0)), 0, "file.missing", String.join(", ", names));
    }
    return file;
  }

  private Person person(String[] slots, CsvColumns columns, CSVRecord record) {
    if (slots[1] == null) {
      String first = columns.extra(record, CsvHeaders.FIRST_NAME);
      String last = columns.extra(record, CsvHeaders.LAST_NAME);
      slots[1] = first == null ? last : last == null ? first : first + " " + last;
    }
    String job = columns.extra(record, CsvHeaders.JOB_ID);
    if (slots[2] == null && job != null) {
      slots[2] = jobs.getOrDefault(job, job);
    }
    return entities.person(slots);
  }

  private Link link(String[] slots, CsvColumns columns, CSVRecord record, long at) {
    List<Expectation> expectations = LinkCells.expectations(columns.extra(record, CsvHeaders.EXPECTATIONS));
    List<Commitment> commitments = LinkCells.commitments(columns.extra(record, CsvHeaders.COMMITMENTS));
    expectations.forEach(expectation -> source.start(Section.EXPECTATIONS, at));
    commitments.forEach(commitment -> commitment.answers().forEach(id -> source.start(Section.ANSWERS, at)));
    return new Link(slots[0], slots[1], slots[2], expectations, commitments);
  }

  private Procedure procedure(String[] slots, CsvColumns columns, CSVRecord record, String file, long at) {
    List<String> approvals = ids(columns.extra(record, CsvHeaders.APPROVALS), Field.APPROVAL);
    List<String> serves = ids(columns.extra(record, CsvHeaders.SERVES), Field.SERVED);
    approvals.forEach(id -> source.start(Section.APPROVALS, at));
    serves.forEach(id -> source.start(Section.SERVES, at));
    return entities.procedure(slots, approvals, serves, file, at);
  }

  private List<String> ids(String cell, Field field) {
    List<String> ids = LinkCells.ids(cell);
    ids.replaceAll(id -> entities.value(field, id));
    return ids;
  }

  private void readSettings(CsvFiles.CsvFile file) {
    eachRecord(file, CsvColumns.Layout.extrasOnly("key", "value"), (columns, record, at) -> {
      String key = columns.extra(record, "key");
      String value = columns.extra(record, "value");
      if ("organization".equalsIgnoreCase(key)) {
        name = value;
      } else if ("targetspan".equalsIgnoreCase(key)) {
        targetSpan = entities.targetSpan(value, file.display(), at);
      } else if ("maxapprovallevels".equalsIgnoreCase(key)) {
        maxApprovalLevels = entities.maxApprovalLevels(value, file.display(), at);
      } else {
        problems.warning(file.display(), at, "setting.unknown", key);
      }
    });
  }

  private void readJobs(CsvFiles.CsvFile file) {
    eachRecord(file, CsvColumns.Layout.extrasOnly(CsvHeaders.JOB_ID, CsvHeaders.JOB_TITLE),
        (columns, record, at) -> {
          String id = columns.extra(record, CsvHeaders.JOB_ID);
          if (id != null) {
            jobs.put(id, columns.extra(record, CsvHeaders.JOB_TITLE));
          }
        });
  }

  /** Reads each record of a file, if present, as an entity of the section into its slots. */
  private void eachEntity(CsvFiles.CsvFile file, Section section, EntityRow row) {
    if (file == null) {
      return;
    }
    source.file(section, file.display());
    if (section == Section.LINKS) {
      source.file(Section.EXPECTATIONS, file.display());
      source.file(Section.ANSWERS, file.display());
    } else if (section == Section.PROCEDURES) {
      source.file(Section.APPROVALS, file.display());
      source.file(Section.SERVES, file.display());
    }
    String[] slots = section.newSlots();
    eachRecord(file, CsvHeaders.layout(section), (columns, record, at) -> {
      source.start(section, at);
      for (int slot = 0; slot < slots.length; slot++) {
        slots[slot] = entities.value(section.fields().get(slot), columns.get(record, slot));
      }
      row.accept(slots, columns, record, at);
    });
  }

  private void eachRecord(CsvFiles.CsvFile file, CsvColumns.Layout layout, Row row) {
    if (file == null) {
      return;
    }
    line = 1;
    try (Reader reader = file.open(); CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return;
      }
      CsvColumns columns = new CsvColumns(layout, records.next(), (column, header) ->
          problems.warning(file.display(), Problems.at(1, 0), "column.ignored", header));
      line = (int) parser.getCurrentLineNumber() + 1;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!blank(record)) {
          row.accept(columns, record, Problems.at(line, 0));
        }
        line = (int) parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      problems.malformed(file.display(), Problems.at(line, 0), "file.malformed", cause.getMessage());
    }
  }

  /** True for a blank line or a line of empty cells; indexed, as iterating a record copies it. */
  private static boolean blank(CSVRecord record) {
    for (int column = 0; column < record.size(); column++) {
      if (!record.get(column).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
