package org.maillon.modelfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The pairs of ends of the links read so far, to find a second link between the same two nodes.
 * Ends that are known nodes are keyed by their numbers, packed in a {@code long} in an
 * open-addressing table: no string and no entry object per link, where a million-person model has
 * about 300,000 links. Ends of which one is unknown, rare, are keyed by their ids. Constant
 * expected time a pair.
 */
final class LinkPairs {

  private final long[] keys;
  private final int[] links;
  private final int mask;
  private final Map<String, Integer> byIds = new HashMap<>();

  /** A table for up to {@code size} links. */
  LinkPairs(int size) {
    int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
    keys = new long[capacity];
    links = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * Adds link {@code link} between nodes {@code from} and {@code to} (negative when unknown, the
   * ids then telling the pair); returns the first link with the same ends, or -1.
   */
  int add(int link, int from, int to, String fromId, String toId) {
    if (from < 0 || to < 0) {
      Integer first = byIds.putIfAbsent(fromId + '\u0000' + toId, link);
      return first == null ? -1 : first;
    }
    long key = key(from, to);
    int slot = slot(key);
    while (links[slot] != 0) {
      if (keys[slot] == key) {
        return links[slot] - 1;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    links[slot] = link + 1;
    return -1;
  }

  /** True when a link goes from node {@code from} to node {@code to}, both known. */
  boolean contains(int from, int to) {
    long key = key(from, to);
    for (int slot = slot(key); links[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return true;
      }
    }
    return false;
  }

  private static long key(int from, int to) {
    return ((long) from << 32) | to;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 33) & mask;
  }
}
