package org.maillon.diagnosis;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of the diagnosis workbook being written: a bold header of labels in the reader's
 * language, then rows of typed cells (text, whole and decimal numbers), flushed as they go so that
 * a million people are never held as cells.
 */
final class WorkbookSheet {

  private static final int FLUSH_EVERY = 1_000;

  private final Worksheet sheet;
  private int row;
  private int column;

  /** A sheet named by {@code key}, its header the labels of {@code columns}. */
  WorkbookSheet(Workbook workbook, ResourceBundle labels, String key, List<String> columns) {
    sheet = workbook.newWorksheet(labels.getString("sheet." + key));
    for (String name : columns) {
      sheet.value(0, column, labels.getString(key + "." + name));
      sheet.style(0, column++).bold().set();
    }
    sheet.freezePane(0, 1);
    row = 1;
    column = 0;
  }

  WorkbookSheet text(String value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
    column++;
    return this;
  }

  WorkbookSheet texts(List<String> values, String separator) {
    return text(values.isEmpty() ? null : String.join(separator, values));
  }

  WorkbookSheet number(Number value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
    column++;
    return this;
  }

  /** Ends the row; flushes the rows so far every so often. */
  void next() throws IOException {
    column = 0;
    if (row++ % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  void finish() throws IOException {
    sheet.finish();
  }
}
