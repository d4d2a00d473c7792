package org.maillon.modelfile;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as the sheets of one {@code .xlsx} workbook, each named by its CSV file without
 * {@code .csv}, every cell as text so that ids and decimals read back exactly. Rows are flushed as
 * they go, so that a large model is never held twice. Closing finishes the workbook and leaves the
 * stream open.
 */
final class SheetSink implements CsvModelWriter.Sink, AutoCloseable {

  private static final int FLUSH_EVERY = 1_000;

  private final org.dhatim.fastexcel.Workbook workbook;

  SheetSink(OutputStream out) {
    workbook = new org.dhatim.fastexcel.Workbook(out, "Maillon", "1.0");
  }

  @Override
  public <T> void table(String file, List<String> header, List<T> rows, Function<T, String[]> cells)
      throws IOException {
    Worksheet sheet = workbook.newWorksheet(file.substring(0, file.length() - ".csv".length()));
    for (int column = 0; column < header.size(); column++) {
      sheet.value(0, column, header.get(column));
    }
    int row = 1;
    for (T item : rows) {
      String[] values = cells.apply(item);
      for (int column = 0; column < values.length; column++) {
        if (values[column] != null) {
          sheet.value(row, column, values[column]);
        }
      }
      if (row++ % FLUSH_EVERY == 0) {
        sheet.flush();
      }
    }
    sheet.finish();
  }

  @Override
  public void close() throws IOException {
    workbook.finish();
  }
}
