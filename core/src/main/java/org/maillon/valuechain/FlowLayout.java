package org.maillon.valuechain;

import java.util.Arrays;

/**
 * The value chain laid out as a flow, left to right by hops to the final customer: partners in the
 * first column, then teams from the farthest to the nearest, then the final customers; nodes that
 * reach no final customer are set apart in a grid below. Every drawing of the chain (the command
 * line's report, the {@code /value-chain} page) places its nodes with this one layout, so they read
 * alike.
 *
 * <p>Nodes are int indexes given in the order wanted within a column (callers sort by id): a node's
 * row is its rank among the nodes of its column. Building the layout takes O(nodes) time and memory.
 */
public final class FlowLayout {

  /** The distance of a node that reaches no final customer. */
  public static final int UNREACHABLE = -1;

  /** The hops of the partners' column, which has no single number of hops. */
  public static final int PARTNERS = -1;

  private final int[] column;
  private final int[] row;
  private final boolean[] apart;
  private final int[] columnHops;
  private final int mainRows;
  private final int rows;

  private FlowLayout(int[] column, int[] row, boolean[] apart, int[] columnHops, int mainRows, int rows) {
    this.column = column;
    this.row = row;
    this.apart = apart;
    this.columnHops = columnHops;
    this.mainRows = mainRows;
    this.rows = rows;
  }

  /**
   * Every node's hops to a final customer: {@code hops} as given for teams and final customers (0 for
   * them, {@link #UNREACHABLE} for none), and for each partner one more than the nearest node it
   * supplies, or {@link #UNREACHABLE}. Links run from {@code linkFrom[k]} to {@code linkTo[k]}.
   * O(nodes + links).
   */
  public static int[] distances(int[] hops, boolean[] partner, int[] linkFrom, int[] linkTo) {
    int[] distances = hops.clone();
    for (int node = 0; node < partner.length; node++) {
      if (partner[node]) {
        distances[node] = UNREACHABLE;
      }
    }
    for (int k = 0; k < linkFrom.length; k++) {
      int from = linkFrom[k];
      int to = linkTo[k];
      if (partner[from] && !partner[to] && hops[to] != UNREACHABLE
          && (distances[from] == UNREACHABLE || hops[to] + 1 < distances[from])) {
        distances[from] = hops[to] + 1;
      }
    }
    return distances;
  }

  /**
   * Lays out nodes at these {@link #distances}: a partners' column when there is a partner, then one
   * column per number of hops from the largest down to 0; the unreachable nodes in a grid one empty row
   * below the tallest column, as wide as every column but the final customers', so that the final
   * customers stand right of every team. O(nodes).
   */
  public static FlowLayout of(int[] distances, boolean[] partner) {
    int nodes = distances.length;
    int maxHops = 0;
    boolean partners = false;
    for (int node = 0; node < nodes; node++) {
      partners |= partner[node];
      if (!partner[node] && distances[node] != UNREACHABLE) {
        maxHops = Math.max(maxHops, distances[node]);
      }
    }
    int offset = partners ? 1 : 0;
    int columns = offset + maxHops + 1;
    int[] columnHops = new int[columns];
    for (int c = 0; c < columns; c++) {
      columnHops[c] = c < offset ? PARTNERS : offset + maxHops - c;
    }
    int[] column = new int[nodes];
    int[] row = new int[nodes];
    boolean[] apart = new boolean[nodes];
    int[] filled = new int[columns];
    int apartCount = 0;
    for (int node = 0; node < nodes; node++) {
      apart[node] = distances[node] == UNREACHABLE;
      if (apart[node]) {
        row[node] = apartCount++;
      } else {
        column[node] = partner[node] ? 0 : offset + maxHops - distances[node];
        row[node] = filled[column[node]]++;
      }
    }
    int mainRows = Arrays.stream(filled).max().orElse(0);
    int apartTop = mainRows + 1;
    int gridWidth = Math.max(1, columns - 1);
    for (int node = 0; node < nodes; node++) {
      if (apart[node]) {
        column[node] = row[node] % gridWidth;
        row[node] = apartTop + row[node] / gridWidth;
      }
    }
    int rows = apartCount == 0 ? mainRows : apartTop + (apartCount + gridWidth - 1) / gridWidth;
    return new FlowLayout(column, row, apart, columnHops, mainRows, rows);
  }

  /** Number of columns, left to right. */
  public int columns() {
    return columnHops.length;
  }

  /** The hops to the final customer of the nodes in that column, or {@link #PARTNERS}. */
  public int columnHops(int column) {
    return columnHops[column];
  }

  /** The node's column, from 0 at the left; a node set apart is in the grid's column. */
  public int column(int node) {
    return column[node];
  }

  /** The node's row, from 0 at the top; nodes set apart start at {@link #mainRows()} + 1. */
  public int row(int node) {
    return row[node];
  }

  /** Whether the node reaches no final customer and is drawn apart, below the columns. */
  public boolean apart(int node) {
    return apart[node];
  }

  /** The height of the tallest column, in rows. */
  public int mainRows() {
    return mainRows;
  }

  /** The height of the whole layout, in rows, the grid of nodes set apart included. */
  public int rows() {
    return rows;
  }
}
