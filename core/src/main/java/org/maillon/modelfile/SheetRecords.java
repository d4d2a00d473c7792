package org.maillon.modelfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the rows of one sheet as {@link CsvRecords} reads the records of a CSV file: its first row
 * is the header, blank rows are skipped, each record is located at its row (at its first cell, so
 * that a problem about a record names a cell). Rows are streamed, one at a time. A cell is read as
 * its text; a typed number as a plain decimal ({@code 20}, {@code 2.5}) and a typed date as its day
 * ({@code 2026-09-01}), so that numbers and days may be typed or written as text alike.
 */
final class SheetRecords {

  /** Reads each cell's format, which tells a typed date from a number. */
  static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private final Problems problems;
  private final String display;

  SheetRecords(Problems problems, String display) {
    this.problems = problems;
    this.display = display;
  }

  /** Reads the records of sheet {@code name} of the workbook {@code content} into {@code part}. */
  <P> P read(byte[] content, String name, CsvColumns.Layout layout, P part, CsvRecords.Row<P> row) {
    int at = 0;
    try (ReadableWorkbook workbook = Workbook.open(content);
        Stream<Row> rows = workbook.findSheet(name).orElseThrow().openStream()) {
      Iterator<Row> records = rows.iterator();
      if (!records.hasNext()) {
        return part;
      }
      Row header = records.next();
      at = header.getRowNum();
      int headerRow = at;
      CsvColumns columns = new CsvColumns(layout, new Cells(header), (column, ignored) ->
          problems.warning(display, Problems.at(headerRow, column + 1), "column.ignored", ignored));
      while (records.hasNext()) {
        Cells record = new Cells(records.next());
        at = record.row.getRowNum();
        if (!CsvRecords.blank(record)) {
          row.accept(part, columns, record, Problems.at(at, 1));
        }
      }
    } catch (IOException | RuntimeException e) {
      Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      problems.malformed(display, Problems.at(at + 1, 1), "file.malformed", cause.getMessage());
    }
    return part;
  }

  /** The text of a cell, empty for none. */
  static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      return isDate(cell) ? cell.asDate().toLocalDate().toString()
          : cell.asNumber().stripTrailingZeros().toPlainString();
    }
    String text = cell.getText();
    return text == null ? "" : text;
  }

  /** True for a number formatted as a day: its format names a year or a day, outside quotes. */
  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && (id >= 14 && id <= 17 || id == 22)) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
    return bare.contains("y") || bare.contains("d");
  }

  /** One row as the cells of a record. */
  private record Cells(Row row) implements CsvColumns.Cells {

    @Override
    public int size() {
      return row.getCellCount();
    }

    @Override
    public String get(int column) {
      return text(row.getCell(column));
    }
  }
}
