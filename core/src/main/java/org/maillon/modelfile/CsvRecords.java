package org.maillon.modelfile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maillon.parallel.Cores;

/**
 * Reads the records of one CSV file, its header giving the columns, each located at its starting
 * line (the header is line 1) and blank ones skipped. Files that {@link CsvPlan} accepts, nearly
 * all, are read from their bytes by {@link CsvScanner}, in parts on the cores when large; the
 * others by Commons CSV, which reports a malformed file as it always has, through a
 * {@link Utf8Reader} that refuses invalid UTF-8 at its line. Each part fills its own
 * state, and the parts come back in file order, so the result does not depend on the number of
 * cores. Linear time.
 */
final class CsvRecords {

  /** Handles one record, into the state of its part. */
  interface Row<P> {
    void accept(P part, CsvColumns columns, CsvColumns.Cells record, long at);
  }

  /** The size, in bytes, below which a file is read in one part. */
  static final int GRAIN = 1 << 16;

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private final Problems problems;

  CsvRecords(Problems problems) {
    this.problems = problems;
  }

  /**
   * Reads the records of {@code file}, if present, into parts made by {@code newPart}, in parallel
   * when {@code parallel}; returns the parts in file order.
   */
  <P> List<P> read(CsvFiles.CsvFile file, CsvColumns.Layout layout, boolean parallel, Supplier<P> newPart,
      Row<P> row) {
    if (file == null) {
      return List.of();
    }
    byte[] data;
    try {
      data = file.bytes();
    } catch (IOException e) {
      return List.of(commons(file, layout, newPart.get(), row));
    }
    CsvPlan plan = CsvPlan.of(data, parallel ? Cores.parts(data.length, GRAIN) : 1);
    if (plan == null) {
      return List.of(commons(file, layout, newPart.get(), row));
    }
    CsvScanner header = new CsvScanner(data, 0, plan.starts()[0], 1);
    if (!header.next()) {
      return List.of(newPart.get());
    }
    CsvColumns columns = columns(file, layout, header);
    @SuppressWarnings("unchecked")
    P[] parts = (P[]) new Object[plan.parts()];
    Cores.ranges(parts.length, 1, (first, last) -> {
      for (int part = first; part < last; part++) {
        parts[part] = scan(data, plan, part, columns, newPart.get(), row);
      }
    });
    return Arrays.asList(parts);
  }

  private static <P> P scan(byte[] data, CsvPlan plan, int part, CsvColumns columns, P state, Row<P> row) {
    CsvScanner records = new CsvScanner(data, plan.starts()[part], plan.starts()[part + 1], plan.lines()[part]);
    while (records.next()) {
      if (!blank(records)) {
        row.accept(state, columns, records, Problems.at(records.line(), 0));
      }
    }
    return state;
  }

  private CsvColumns columns(CsvFiles.CsvFile file, CsvColumns.Layout layout, CsvColumns.Cells header) {
    return new CsvColumns(layout, header, (column, name) ->
        problems.warning(file.display(), Problems.at(1, 0), "column.ignored", name));
  }

  /** Reads a file with Commons CSV, as every file {@link CsvPlan} refuses, into one part. */
  <P> P commons(CsvFiles.CsvFile file, CsvColumns.Layout layout, P part, Row<P> row) {
    int line = 1;
    try (Reader reader = file.open(); CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return part;
      }
      CsvColumns columns = columns(file, layout, new Commons(records.next()));
      line = (int) parser.getCurrentLineNumber() + 1;
      while (records.hasNext()) {
        Commons record = new Commons(records.next());
        if (!blank(record)) {
          row.accept(part, columns, record, Problems.at(line, 0));
        }
        line = (int) parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      Utf8Reader.MalformedException encoding = Utf8Reader.MalformedException.in(e);
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (encoding != null) {
        problems.malformed(file.display(), Problems.at(encoding.line(), 0), "file.encoding", encoding.byteText());
      } else {
        problems.malformed(file.display(), Problems.at(line, 0), "file.malformed", cause.getMessage());
      }
    }
    return part;
  }

  /** True for a blank line or a line of empty cells. */
  static boolean blank(CsvColumns.Cells record) {
    for (int column = 0; column < record.size(); column++) {
      if (!record.get(column).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A record read by Commons CSV; indexed, as iterating it copies it. */
  private record Commons(CSVRecord record) implements CsvColumns.Cells {

    @Override
    public int size() {
      return record.size();
    }

    @Override
    public String get(int column) {
      return record.get(column);
    }
  }
}
