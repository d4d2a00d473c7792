package org.maillon.graph;

/**
 * Compressed rows: the elements {@code 0..n-1} grouped by the row each belongs to, kept in their
 * original order within a row. Row r holds {@code items[start[r]] … items[start[r + 1] - 1]}.
 * Built by counting in O(rows + elements), filling each row from its end so that no other array is
 * needed.
 */
public final class Rows {

  private final int[] start;
  private final int[] items;

  private Rows(int[] start, int[] items) {
    this.start = start;
    this.items = items;
  }

  /** Groups element i under row {@code rowOf[i]}; elements whose row is negative belong to none. */
  public static Rows group(int rowCount, int[] rowOf) {
    int[] start = new int[rowCount + 1];
    for (int row : rowOf) {
      if (row >= 0) {
        start[row + 1]++;
      }
    }
    for (int r = 0; r < rowCount; r++) {
      start[r + 1] += start[r];
    }
    int[] items = new int[start[rowCount]];
    for (int i = rowOf.length - 1; i >= 0; i--) {
      int row = rowOf[i];
      if (row >= 0) {
        items[--start[row + 1]] = i;
      }
    }
    System.arraycopy(start, 1, start, 0, rowCount);
    start[rowCount] = items.length;
    return new Rows(start, items);
  }

  public int size(int row) {
    return start[row + 1] - start[row];
  }

  /** The k-th element of the row, 0 ≤ k < size(row). */
  public int get(int row, int k) {
    return items[start[row] + k];
  }
}
