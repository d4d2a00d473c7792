package org.maillon.graph;

/**
 * Looks ids up in an {@link IdIndex}, remembering the last answer. A model lists a manager's
 * reports, a team's members and a supplier's links mostly one after the other, so most references
 * repeat the one before; those are answered by one string comparison instead of a probe of a
 * table of a million ids, which costs a cache miss. Constant time a lookup, expected. Not
 * thread-safe.
 */
public final class LastLookup {

  private final IdIndex index;
  private String id;
  private int position = IdIndex.ABSENT;

  public LastLookup(IdIndex index) {
    this.index = index;
  }

  /** The position of the id, or {@link IdIndex#ABSENT}; a null id is absent. */
  public int positionOf(String ref) {
    if (ref == null) {
      return IdIndex.ABSENT;
    }
    if (!ref.equals(id)) {
      id = ref;
      position = index.positionOf(ref);
    }
    return position;
  }
}
