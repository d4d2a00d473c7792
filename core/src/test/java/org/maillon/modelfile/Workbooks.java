package org.maillon.modelfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds {@code .xlsx} workbooks for tests as a person would from CSV files: one sheet per file,
 * named by it, every cell that reads as a whole or decimal number typed as a number, as a
 * spreadsheet types what is pasted into it.
 */
final class Workbooks {

  /** One sheet: its name and its rows, the header first. */
  record Sheet(String name, List<List<String>> rows) {}

  private Workbooks() {}

  /** A workbook of one sheet per CSV file of {@code folder}. */
  static byte[] ofCsvFolder(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(path -> path.toString().endsWith(".csv")).sorted().toList();
    }
    List<Sheet> sheets = new ArrayList<>();
    for (Path file : files) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
        String name = file.getFileName().toString();
        sheets.add(new Sheet(name.substring(0, name.length() - 4),
            parser.getRecords().stream().map(CSVRecord::toList).toList()));
      }
    }
    return of(sheets);
  }

  /** A workbook of these sheets, numbers typed. */
  static byte[] of(List<Sheet> sheets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
    for (Sheet sheet : sheets) {
      Worksheet worksheet = workbook.newWorksheet(sheet.name());
      for (int row = 0; row < sheet.rows().size(); row++) {
        List<String> cells = sheet.rows().get(row);
        for (int column = 0; column < cells.size(); column++) {
          String cell = cells.get(column);
          if (row > 0 && cell.matches("(0|[1-9]\\d{0,13})(\\.\\d+)?")) {
            worksheet.value(row, column, new BigDecimal(cell));
          } else if (!cell.isEmpty()) {
            worksheet.value(row, column, cell);
          }
        }
      }
    }
    workbook.finish();
    return out.toByteArray();
  }
}
