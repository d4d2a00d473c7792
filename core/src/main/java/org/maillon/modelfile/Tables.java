package org.maillon.modelfile;

import java.util.List;
import java.util.function.Supplier;

/**
 * The tables of a model, found by the name of their CSV file: the CSV files of a folder or a zip,
 * or the sheets of a workbook. {@link CsvModelReader} reads either through this one path, so that
 * a column, an alias or a rule added for CSV holds for workbooks with no code of their own.
 */
interface Tables {

  /** One table: a CSV file or a sheet, with a header row naming its columns. */
  interface Table {

    /** How the table is shown in problems: {@code people.csv}, {@code org.xlsx:people}. */
    String display();

    /**
     * True when a problem about a value can name its cell (a sheet); false when it names only its
     * record's line (CSV).
     */
    boolean cells();

    /**
     * Reads the records after the header, blank ones skipped, into parts made by {@code newPart},
     * on every core when {@code parallel} and the table allows it; returns the parts in order.
     */
    <P> List<P> read(Problems problems, CsvColumns.Layout layout, boolean parallel, Supplier<P> newPart,
        CsvRecords.Row<P> row);
  }

  /** The first table present among these CSV file names, or null. */
  Table find(String... names);

  /** How a table of this CSV file name, present or not, is shown to the user. */
  String display(String name);

  /** How the user names a table of this CSV file name: the file name, or the sheet name. */
  default String named(String name) {
    return name;
  }

  /** The names as the user names them, for a message. */
  default String named(List<String> names) {
    return String.join(", ", names.stream().map(this::named).toList());
  }
}
