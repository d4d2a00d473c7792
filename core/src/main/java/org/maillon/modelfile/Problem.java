package org.maillon.modelfile;

import java.io.Serializable;

/**
 * One thing wrong (or worth a warning) in a model file, where the user can find it. Lines and
 * columns are 1-based; column 0 means "no column" (CSV), line 0 means "the file as a whole". In a
 * workbook, the line is the row, and the file names the sheet and the cell as a spreadsheet does:
 * {@code org.xlsx:people!C7}.
 * Serializable, so that a server can carry warnings from one page to the next in a session.
 */
public record Problem(String file, int line, int column, String message) implements Serializable {

  @Override
  public String toString() {
    if (line == 0 || inCell()) {
      return file + ": " + message;
    }
    if (column == 0) {
      return file + ":" + line + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }

  /** The file, or the workbook and sheet, without the cell: what problems are sorted by first. */
  String table() {
    return inCell() ? file.substring(0, file.length() - cell(column, line).length()) : file;
  }

  /** The cell of a column and a row, both from 1, as a spreadsheet names it: {@code C7}. */
  static String cell(int column, int row) {
    StringBuilder letters = new StringBuilder();
    for (int left = column; left > 0; left = (left - 1) / 26) {
      letters.insert(0, (char) ('A' + (left - 1) % 26));
    }
    return letters.append(row).toString();
  }

  private boolean inCell() {
    return line > 0 && file.endsWith("!" + cell(column, line));
  }
}
