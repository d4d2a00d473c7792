package org.maillon.modelfile;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Where every entity of a bound model came from: its file and, per entity index and located
 * field, a packed line and column (see {@link Problems#at}). Locations live in plain {@code long}
 * arrays, one per section and field, so that a million people cost no object each. A field
 * without its own location falls back to the entity's {@link Field#ENTRY}, which is all CSV has,
 * at the field's column in a sheet.
 */
final class SourceMap {

  private static final int FIELDS = Field.values().length;

  private final String[] files = new String[Section.values().length];
  private final long[][] locations = new long[Section.values().length * FIELDS][];
  private final int[] counts = new int[Section.values().length];
  private final int[][] columns = new int[Section.values().length][];

  /** A map whose sections all come from one file (YAML, JSON). */
  static SourceMap ofFile(String file) {
    SourceMap map = new SourceMap();
    Arrays.fill(map.files, file);
    return map;
  }

  /** A map whose sections come from several files (CSV); see {@link #file(Section, String)}. */
  static SourceMap ofFiles() {
    return new SourceMap();
  }

  void file(Section section, String file) {
    files[section.ordinal()] = file;
  }

  String file(Section section) {
    return files[section.ordinal()];
  }

  /**
   * Says which column, from 0 ({@code -1} for none), holds each slot of the section's fields in
   * every record (a sheet's), so that a field without its own location is found at its cell.
   */
  void columns(Section section, IntUnaryOperator columnOfSlot) {
    int[] byField = new int[FIELDS];
    for (int slot = 0; slot < section.fields().size(); slot++) {
      byField[section.fields().get(slot).ordinal()] = columnOfSlot.applyAsInt(slot) + 1;
    }
    columns[section.ordinal()] = byField;
  }

  /** Records one more entity of the section, starting at {@code entry}; returns its index. */
  int start(Section section, long entry) {
    int index = counts[section.ordinal()]++;
    put(section, index, Field.ENTRY, entry);
    return index;
  }

  void put(Section section, int index, Field field, long location) {
    int slot = section.ordinal() * FIELDS + field.ordinal();
    long[] array = locations[slot];
    if (array == null) {
      array = new long[Math.max(16, index + 1)];
    } else if (index >= array.length) {
      array = Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
    }
    array[index] = location;
    locations[slot] = array;
  }

  /** The location of a field of an entity, or of the entity itself when the field has none. */
  long get(Section section, int index, Field field) {
    long[] array = locations[section.ordinal() * FIELDS + field.ordinal()];
    if (array != null && index < array.length && array[index] != 0) {
      return array[index];
    }
    if (field == Field.ENTRY) {
      return 0;
    }
    long entry = get(section, index, Field.ENTRY);
    int[] byField = columns[section.ordinal()];
    int column = byField == null ? 0 : byField[field.ordinal()];
    return column == 0 || entry == 0 ? entry : Problems.at(Problems.line(entry), column);
  }
}
