package org.maillon.modelfile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits the bytes of a CSV file into records as Commons CSV's default format reads them, without
 * its reader, token buffers and record copies: a million-person file is read several times faster
 * and with a string per distinct cell of a column run only. It reads a range of records that
 * {@link CsvPlan} checked, so it meets no error: LF or CRLF line ends, quoted cells closed right
 * before a delimiter or a line end, valid UTF-8. A cell equal to the one above it in the same
 * column is the same string (a team's members, a manager's reports come in a row). Linear time.
 */
final class CsvScanner implements CsvColumns.Cells {

  static final byte COMMA = ',';
  static final byte QUOTE = '"';
  static final byte LF = '\n';
  static final byte CR = '\r';

  private final byte[] data;
  private final int end;
  private int pos;
  private int line;
  private int recordLine;
  private String[] cells = new String[8];
  private int[] above = new int[16];
  private int size;

  /** Reads the records of {@code data} from {@code from}, the start of line {@code line}, to {@code to}. */
  CsvScanner(byte[] data, int from, int to, int line) {
    this.data = data;
    this.pos = from;
    this.end = to;
    this.line = line;
  }

  /** Reads the next record; false at the end of the range. */
  boolean next() {
    if (pos >= end) {
      return false;
    }
    recordLine = line;
    size = 0;
    boolean more = true;
    while (more) {
      int stop = data[pos] == QUOTE ? quoted() : plain();
      more = stop < end && data[stop] == COMMA;
      pos = stop >= end ? end : stop + (data[stop] == CR ? 2 : 1);
      if (!more && stop < end) {
        line++;
      } else if (more && pos == end) {
        add(pos, 0, "");
        more = false;
      }
    }
    return true;
  }

  /** The line the current record starts at. */
  int line() {
    return recordLine;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String get(int column) {
    return cells[column];
  }

  /** Adds the unquoted cell at {@code pos}; returns where it stops. */
  private int plain() {
    int stop = pos;
    while (stop < end && data[stop] != COMMA && data[stop] != LF && data[stop] != CR) {
      stop++;
    }
    int length = stop - pos;
    add(pos, length, sameAsAbove(length) ? cells[size]
        : length == 0 ? "" : new String(data, pos, length, StandardCharsets.UTF_8));
    return stop;
  }

  /** Adds the quoted cell at {@code pos}, unescaping doubled quotes; returns where it stops. */
  private int quoted() {
    int at = pos + 1;
    boolean doubled = false;
    while (data[at] != QUOTE || at + 1 < end && data[at + 1] == QUOTE) {
      if (data[at] == QUOTE) {
        doubled = true;
        at++;
      } else if (data[at] == LF) {
        line++;
      }
      at++;
    }
    String text = new String(data, pos + 1, at - pos - 1, StandardCharsets.UTF_8);
    add(pos, -1, doubled ? text.replace("\"\"", "\"") : text);
    return at + 1;
  }

  /** True when the cell of {@code length} bytes at {@code pos} is the one above it, in the same column. */
  private boolean sameAsAbove(int length) {
    int column = 2 * size;
    return column + 1 < above.length && above[column + 1] == length && cells[size] != null
        && Arrays.equals(data, above[column], above[column] + length, data, pos, pos + length);
  }

  /** Adds a cell read from {@code length} bytes at {@code from}, -1 for a quoted one. */
  private void add(int from, int length, String cell) {
    if (size == cells.length) {
      cells = Arrays.copyOf(cells, size * 2);
      above = Arrays.copyOf(above, size * 4);
    }
    cells[size] = cell;
    above[2 * size] = from;
    above[2 * size + 1] = length;
    size++;
  }
}
