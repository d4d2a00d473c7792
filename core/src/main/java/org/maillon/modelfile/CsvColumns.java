package org.maillon.modelfile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which column of a CSV file holds which field, from its header: our field names or the header
 * names common HR systems export, in any case and with surrounding spaces. Extra columns are the
 * ones a reader combines itself (first and last names, job ids, link items).
 */
final class CsvColumns {

  /** The fields one kind of CSV file may hold, their alias headers and its extra columns. */
  record Layout(List<Field> fields, Map<String, Field> aliases, Set<String> extras) {

    static Layout of(Section section, Set<String> extras, Map<String, Field> aliases) {
      Map<String, Field> all = new HashMap<>(aliases);
      section.fields().forEach(field -> all.put(normalize(field.key()), field));
      return new Layout(section.fields(), all, extras);
    }

    static Layout extrasOnly(String... extras) {
      return new Layout(List.of(), Map.of(), Set.of(extras));
    }
  }

  /** The cells of one record, by column: a Commons CSV record or one {@link CsvScanner} read. */
  interface Cells {
    int size();

    String get(int column);
  }

  private final int[] slotColumn;
  private final Map<String, Integer> extraColumn = new HashMap<>();

  /** The columns of a header; {@code ignored} hears of each column that will not be read. */
  CsvColumns(Layout layout, Cells header, BiConsumer<Integer, String> ignored) {
    slotColumn = new int[layout.fields().size()];
    Arrays.fill(slotColumn, -1);
    for (int column = 0; column < header.size(); column++) {
      String name = normalize(header.get(column));
      Field field = layout.aliases().get(name);
      int slot = field == null ? -1 : layout.fields().indexOf(field);
      if (slot >= 0 && slotColumn[slot] < 0) {
        slotColumn[slot] = column;
      } else if (layout.extras().contains(name) && !extraColumn.containsKey(name)) {
        extraColumn.put(name, column);
      } else {
        ignored.accept(column, header.get(column));
      }
    }
  }

  /** The cell of a record for a slot of the layout's fields, or null. */
  String get(Cells record, int slot) {
    return cell(record, slotColumn[slot]);
  }

  /** The column, from 0, that holds a slot of the layout's fields, or -1 when none does. */
  int column(int slot) {
    return slotColumn[slot];
  }

  /** The cell of a record for an extra column, or null. */
  String extra(Cells record, String name) {
    Integer column = extraColumn.get(name);
    return column == null ? null : cell(record, column);
  }

  private static String cell(Cells record, int column) {
    if (column < 0 || column >= record.size()) {
      return null;
    }
    String value = record.get(column);
    return value.isEmpty() ? null : value;
  }

  private static String normalize(String header) {
    String name = header.startsWith("\uFEFF") ? header.substring(1) : header;
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
