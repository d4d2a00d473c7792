package org.maillon.modelfile;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.maillon.model.Decimals;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;
import org.maillon.model.Team;

/**
 * Writes an organisation as the tables of docs/model-format.md, with our own header names, so
 * that the reader reads it back as it was: CSV files in a folder, or the sheets of a workbook
 * (see {@link SheetSink}), one layout for both.
 */
final class CsvModelWriter {

  /** Where the tables go: one a CSV file, or one a sheet. */
  interface Sink {

    /** Writes a table named by its CSV file, its header then one row of cells per item. */
    <T> void table(String file, List<String> header, List<T> rows, Function<T, String[]> cells) throws IOException;
  }

  private final Sink sink;

  CsvModelWriter(Sink sink) {
    this.sink = sink;
  }

  /** A writer of CSV files into {@code folder}, created if needed. */
  static CsvModelWriter csv(Path folder) throws IOException {
    Files.createDirectories(folder);
    return new CsvModelWriter(new Sink() {
      @Override
      public <T> void table(String file, List<String> header, List<T> rows, Function<T, String[]> cells)
          throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
          printer.printRecord(header);
          for (T row : rows) {
            printer.printRecord((Object[]) cells.apply(row));
          }
        }
      }
    });
  }

  void write(Organization organization) throws IOException {
    write("settings.csv", List.of("key", "value"), settings(organization), row -> row);
    write("customers.csv", Section.CUSTOMERS, organization.customers(),
        (FinalCustomer c) -> new String[] {c.id(), c.name(), Decimals.plain(c.revenue())});
    write("partners.csv", List.of("id", "name"), organization.partners(),
        (Partner p) -> new String[] {p.id(), p.name()});
    write("teams.csv", Section.TEAMS, organization.teams(), (Team t) ->
        new String[] {t.id(), t.name(), t.kind().code(), t.function(), t.lead()});
    write("people.csv", Section.PEOPLE, organization.people(), (Person p) ->
        new String[] {p.id(), p.name(), p.title(), p.team(), p.manager(), p.email(), Decimals.plain(p.cost())});
    write("links.csv", List.of("from", "to", "delivers", "changedOn", "confirmedOn", "confirmedBy",
        CsvHeaders.EXPECTATIONS, CsvHeaders.COMMITMENTS), organization.links(), (Link l) -> new String[] {
            l.from(), l.to(), l.delivers(), ModelWriter.day(l.changedOn()),
            l.confirmed() == null ? null : ModelWriter.day(l.confirmed().on()),
            l.confirmed() == null ? null : l.confirmed().by(), LinkCells.format(l.expectations()),
            LinkCells.formatCommitments(l.commitments())});
    write("procedures.csv", List.of("id", "team", "name", "steps", Field.LEAD_TIME_DAYS.key(), Field.WORK_HOURS.key(),
        CsvHeaders.APPROVALS, CsvHeaders.SERVES), organization.procedures(), (Procedure p) -> new String[] {p.id(),
            p.team(), p.name(), String.valueOf(p.steps()), Decimals.plain(p.leadTimeDays()),
            Decimals.plain(p.workHours()), LinkCells.formatIds(p.approvals()), LinkCells.formatIds(p.serves())});
  }

  /** The organisation's name and settings, leaving out those at their default but the target span. */
  private static List<String[]> settings(Organization organization) {
    Settings settings = organization.settings();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"organization", organization.name()});
    rows.add(new String[] {"targetSpan", String.valueOf(settings.targetSpan())});
    if (settings.maxApprovalLevels() != Settings.DEFAULT_MAX_APPROVAL_LEVELS) {
      rows.add(new String[] {"maxApprovalLevels", String.valueOf(settings.maxApprovalLevels())});
    }
    if (settings.minFlowEfficiency() != Settings.DEFAULT_MIN_FLOW_EFFICIENCY) {
      rows.add(new String[] {"minFlowEfficiency", Decimals.plain(settings.minFlowEfficiency())});
    }
    if (settings.pendingDays() != Settings.DEFAULT_PENDING_DAYS) {
      rows.add(new String[] {"pendingDays", String.valueOf(settings.pendingDays())});
    }
    if (settings.maxSpan() != Settings.DEFAULT_MAX_SPAN) {
      rows.add(new String[] {"maxSpan", String.valueOf(settings.maxSpan())});
    }
    return rows;
  }

  private <T> void write(String file, Section section, List<T> rows, Function<T, String[]> cells)
      throws IOException {
    write(file, section.fields().stream().map(Field::key).toList(), rows, cells);
  }

  private <T> void write(String file, List<String> header, List<T> rows, Function<T, String[]> cells)
      throws IOException {
    sink.table(file, header, rows, cells);
  }
}
