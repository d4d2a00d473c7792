package org.maillon.graph;

/**
 * Maps ids to their positions without boxing: open addressing with linear probing over two arrays.
 * Lookups take expected constant time; memory is two arrays of about twice the number of ids.
 */
public final class IdIndex {

  public static final int ABSENT = -1;

  private final String[] keys;
  private final int[] positions;
  private final int mask;

  private IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new String[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * Indexes {@code ids[i]} at position {@code offset + i}.
   *
   * @throws IllegalArgumentException on a duplicated id
   */
  public static IdIndex of(String[]... idGroups) {
    int total = 0;
    for (String[] group : idGroups) {
      total += group.length;
    }
    IdIndex index = new IdIndex(total);
    int position = 0;
    for (String[] group : idGroups) {
      for (String id : group) {
        index.put(id, position++);
      }
    }
    return index;
  }

  private void put(String id, int position) {
    int slot = slot(id);
    while (keys[slot] != null) {
      if (keys[slot].equals(id)) {
        throw new IllegalArgumentException("duplicated id: " + id);
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = id;
    positions[slot] = position;
  }

  /** The position of the id, or {@link #ABSENT}; a null id is absent. */
  public int positionOf(String id) {
    if (id == null) {
      return ABSENT;
    }
    int slot = slot(id);
    while (keys[slot] != null) {
      if (keys[slot].equals(id)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  private int slot(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
