package org.maillon.graph;

/**
 * Maps ids to their positions in an array without boxing: open addressing with linear probing
 * over one long array of about twice the number of ids, each slot holding an id's hash beside its
 * position. No references (so no garbage-collector write barriers on a table of millions), and a
 * probe only reads the id itself when the hashes match: at a million ids, memory latency is the
 * cost. Lookups take expected constant time.
 */
public final class IdIndex {

  public static final int ABSENT = -1;

  private final String[] ids;
  private final long[] slots;
  private final int mask;
  private final int shift;

  private IdIndex(String[] ids) {
    this.ids = ids;
    int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(mask);
  }

  /** Told of an id met again at {@code position}, first indexed at {@code first}. */
  @FunctionalInterface
  public interface Duplicates {
    void at(int position, int first);
  }

  /**
   * Indexes {@code ids[i]} at position {@code i}. The array is kept, not copied.
   *
   * @throws IllegalArgumentException on a duplicated id
   */
  public static IdIndex of(String[] ids) {
    return firstWins(ids, (position, first) -> {
      throw new IllegalArgumentException("duplicated id: " + ids[position]);
    });
  }

  /**
   * Indexes each id at its first position, telling {@code duplicates} of every later one; null ids
   * are left out. For a validator, which reports every duplicate and goes on.
   */
  public static IdIndex firstWins(String[] ids, Duplicates duplicates) {
    IdIndex index = new IdIndex(ids);
    for (int position = 0; position < ids.length; position++) {
      if (ids[position] != null) {
        int first = index.put(position);
        if (first != ABSENT) {
          duplicates.at(position, first);
        }
      }
    }
    return index;
  }

  /** Indexes the id at {@code position}; returns where it already was, or {@link #ABSENT}. */
  private int put(int position) {
    String id = ids[position];
    int hash = id.hashCode();
    int slot = slot(hash);
    while (slots[slot] != 0) {
      int known = matching(slots[slot], hash, id);
      if (known != ABSENT) {
        return known;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) hash << 32) | (position + 1);
    return ABSENT;
  }

  /** The position held in the slot when it holds this id, else {@link #ABSENT}. */
  private int matching(long entry, int hash, String id) {
    if ((int) (entry >>> 32) != hash) {
      return ABSENT;
    }
    int position = (int) entry - 1;
    return ids[position].equals(id) ? position : ABSENT;
  }

  public boolean contains(String id) {
    return positionOf(id) != ABSENT;
  }

  /** The position of the id, or {@link #ABSENT}; a null id is absent. */
  public int positionOf(String id) {
    if (id == null) {
      return ABSENT;
    }
    int hash = id.hashCode();
    int slot = slot(hash);
    while (slots[slot] != 0) {
      int position = matching(slots[slot], hash, id);
      if (position != ABSENT) {
        return position;
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
