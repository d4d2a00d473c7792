package org.maillon.graph;

import java.util.Arrays;
import java.util.List;
import org.maillon.parallel.Cores;

/**
 * Maps ids to their positions in an array without boxing: open addressing with linear probing
 * over one long array of about twice the number of ids, each slot holding an id's hash beside its
 * position. No references (so no garbage-collector write barriers on a table of millions), and a
 * probe only reads the id itself when the hashes match: at a million ids, memory latency is the
 * cost. A large table is cut into regions, each probed within itself, which the cores fill side
 * by side. Lookups take expected constant time.
 */
public final class IdIndex {

  public static final int ABSENT = -1;
  private static final int GRAIN = 1 << 15;

  private final String[] ids;
  private final long[] slots;
  private final int shift;
  private final int regionMask;

  private IdIndex(String[] ids, int regions) {
    this.ids = ids;
    int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
    slots = new long[capacity];
    shift = Integer.numberOfLeadingZeros(capacity - 1);
    regionMask = capacity / regions - 1;
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
   * Indexes each id at its first position, telling {@code duplicates} of every later one, in
   * position order; null ids are left out. For a validator, which reports every duplicate and goes
   * on. Expected time linear in the ids, spread over the cores when they are many.
   */
  public static IdIndex firstWins(String[] ids, Duplicates duplicates) {
    int regions = Integer.highestOneBit(2 * Cores.parallelism());
    if (Cores.parts(ids.length, GRAIN) > 1 && regions > 1) {
      int[] hashes = hashes(ids);
      IdIndex index = new IdIndex(ids, regions);
      if (index.evenlySpread(hashes, regions)) {
        long[] found = index.putByRegion(hashes, regions);
        for (long duplicate : found) {
          duplicates.at((int) (duplicate >>> 32), (int) duplicate);
        }
        return index;
      }
    }
    IdIndex index = new IdIndex(ids, 1);
    for (int position = 0; position < ids.length; position++) {
      if (ids[position] != null) {
        int first = index.put(position, ids[position].hashCode());
        if (first != ABSENT) {
          duplicates.at(position, first);
        }
      }
    }
    return index;
  }

  private static int[] hashes(String[] ids) {
    int[] hashes = new int[ids.length];
    Cores.ranges(ids.length, GRAIN, (from, to) -> {
      for (int i = from; i < to; i++) {
        hashes[i] = ids[i] == null ? 0 : ids[i].hashCode();
      }
    });
    return hashes;
  }

  /** False when some region would be filled past three quarters, as crafted ids could make it. */
  private boolean evenlySpread(int[] hashes, int regions) {
    int[] counts = new int[regions];
    for (int hash : hashes) {
      counts[region(slot(hash))]++;
    }
    return Arrays.stream(counts).allMatch(count -> count <= (regionMask + 1) / 4 * 3);
  }

  /**
   * Fills each region from one core, every region in position order, so the table does not depend
   * on the cores; returns the duplicates as {@code position << 32 | first}, in position order.
   */
  private long[] putByRegion(int[] hashes, int regions) {
    List<long[]> found = Cores.map(regions, 1, (fromRegion, toRegion) -> {
      long[] duplicates = new long[16];
      int count = 0;
      for (int position = 0; position < ids.length; position++) {
        int region = region(slot(hashes[position]));
        if (region >= fromRegion && region < toRegion && ids[position] != null) {
          int first = put(position, hashes[position]);
          if (first != ABSENT) {
            duplicates = count < duplicates.length ? duplicates : Arrays.copyOf(duplicates, 2 * count);
            duplicates[count++] = (long) position << 32 | first;
          }
        }
      }
      return Arrays.copyOf(duplicates, count);
    });
    return found.stream().flatMapToLong(Arrays::stream).sorted().toArray();
  }

  /** Indexes the id at {@code position}; returns where it already was, or {@link #ABSENT}. */
  private int put(int position, int hash) {
    String id = ids[position];
    int slot = slot(hash);
    while (slots[slot] != 0) {
      int known = matching(slots[slot], hash, id);
      if (known != ABSENT) {
        return known;
      }
      slot = next(slot);
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
      slot = next(slot);
    }
    return ABSENT;
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** The slot after this one in its region, wrapping at the region's end. */
  private int next(int slot) {
    return (slot & ~regionMask) | ((slot + 1) & regionMask);
  }

  private int region(int slot) {
    return slot / (regionMask + 1);
  }
}
