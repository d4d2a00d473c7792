package org.maillon.server.listening;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Contacts from a CSV file: a header naming the columns email, language and customer (in any
 * order, others ignored), then one contact a line; without a header (its first cell is an
 * address), the columns are in that order. Each contact remembers its line, so that a problem
 * names the line and the column ({@code line 4.email}). The customer card's form gives the customer
 * itself: its lines then hold only email and language.
 */
record ContactsCsv(NewContacts contacts, List<Long> lines) {

  static final List<String> COLUMNS = List.of("email", "language", "customer");

  /** Reads the file; a missing column, or a file that is not CSV, is refused (422) before any row is read. */
  static ContactsCsv read(String body) {
    return read(body, null);
  }

  /**
   * Reads the file, every contact speaking for this customer when one is given (the columns are
   * then email and language); as {@link #read(String)} otherwise.
   */
  static ContactsCsv read(String body, String customer) {
    List<String> columns = customer == null ? COLUMNS : COLUMNS.subList(0, 2);
    String text = body == null ? "" : body.strip();
    boolean header = !text.split("[,\\n]", 2)[0].contains("@");
    CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true);
    format = header ? format.setHeader().setSkipHeaderRecord(true) : format.setHeader(columns.toArray(String[]::new));
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format.get())) {
      Violations violations = new Violations();
      columns.stream().filter(column -> !parser.getHeaderNames().contains(column))
          .forEach(column -> violations.add("line 1", "column", column));
      violations.throwIfAny();
      List<NewContacts.Contact> contacts = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      for (CSVRecord row : parser) {
        contacts.add(new NewContacts.Contact(cell(row, "email"), cell(row, "language"),
            customer == null ? cell(row, "customer") : customer));
        lines.add(row.getRecordNumber() + (header ? 1 : 0));
      }
      return new ContactsCsv(new NewContacts(contacts), lines);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      Violations violations = new Violations();
      violations.add("csv", "notCsv", String.valueOf(e.getMessage()));
      violations.throwIfAny();
      throw new IllegalStateException(e);
    }
  }

  /** Where the i-th contact was in the file: its line, the header being line 1. */
  String where(int i) {
    return "line " + lines.get(i);
  }

  private static String cell(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
  }
}
