package org.maillon.modelfile;

import java.util.Arrays;

/**
 * Where every entity of a bound model came from: its file and, per entity index and located
 * field, a packed line and column (see {@link Problems#at}). Locations live in plain {@code long}
 * arrays, one per section and field, so that a million people cost no object each. A field
 * without its own location falls back to the entity's {@link Field#ENTRY}, which is all CSV has.
 */
final class SourceMap {

  private static final int FIELDS = Field.values().length;

  private final String[] files = new String[Section.values().length];
  private final long[][] locations = new long[Section.values().length * FIELDS][];
  private final int[] counts = new int[Section.values().length];

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
    return field == Field.ENTRY ? 0 : get(section, index, Field.ENTRY);
  }
}
