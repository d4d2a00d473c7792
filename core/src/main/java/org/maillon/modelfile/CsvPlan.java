package org.maillon.modelfile;

import static org.maillon.modelfile.CsvScanner.COMMA;
import static org.maillon.modelfile.CsvScanner.CR;
import static org.maillon.modelfile.CsvScanner.LF;
import static org.maillon.modelfile.CsvScanner.QUOTE;

/**
 * Checks that {@link CsvScanner} reads a file exactly as Commons CSV would, and cuts its records
 * into parts of about equal size that can be read on different cores, each starting at a record
 * and knowing its line. A file it refuses (a lone CR, a character after a closing quote, an
 * unclosed quote, invalid UTF-8) goes to Commons CSV, which reports its errors as it always has
 * (invalid UTF-8 at its line).
 * One pass over the bytes, linear time.
 *
 * @param starts where each part begins, and where the last one ends
 * @param lines the line each part begins at
 */
record CsvPlan(int[] starts, int[] lines) {

  /**
   * The plan of the records after the header (the first record, before {@code starts[0]}) in
   * {@code parts} parts; null when refused.
   */
  static CsvPlan of(byte[] data, int parts) {
    int from = recordEnd(data, 0);
    if (from < 0) {
      return null;
    }
    int line = 1 + lines(data, 0, from);
    int[] starts = new int[parts + 1];
    int[] lines = new int[parts + 1];
    starts[0] = from;
    lines[0] = line;
    int part = 1;
    int at = from;
    int lineAt = line;
    while (at < data.length) {
      if (part < parts && at >= from + (long) (data.length - from) * part / parts) {
        starts[part] = at;
        lines[part++] = lineAt;
      }
      int stop = recordEnd(data, at);
      if (stop < 0) {
        return null;
      }
      lineAt += lines(data, at, stop);
      at = stop;
    }
    for (; part <= parts; part++) {
      starts[part] = data.length;
      lines[part] = lineAt;
    }
    return new CsvPlan(starts, lines);
  }

  /** The number of parts. */
  int parts() {
    return starts.length - 1;
  }

  /** Where the record at {@code at} ends, its line end included; -1 when refused. */
  private static int recordEnd(byte[] data, int at) {
    boolean cellStart = true;
    while (at < data.length) {
      byte b = data[at];
      if (cellStart && b == QUOTE) {
        at = closingQuote(data, at + 1);
        if (at < 0 || at < data.length && data[at] != COMMA && data[at] != LF && !crlf(data, at)) {
          return -1;
        }
        cellStart = false;
      } else if (b == LF) {
        return at + 1;
      } else if (b == CR) {
        return crlf(data, at) ? at + 2 : -1;
      } else if (b < 0) {
        int length = utf8(data, at);
        if (length < 0) {
          return -1;
        }
        at += length;
        cellStart = false;
      } else {
        cellStart = b == COMMA;
        at++;
      }
    }
    return at;
  }

  /** Where a quoted cell whose text starts at {@code at} ends, after its quote; -1 when refused. */
  private static int closingQuote(byte[] data, int at) {
    while (at < data.length) {
      byte b = data[at];
      if (b == QUOTE) {
        if (at + 1 < data.length && data[at + 1] == QUOTE) {
          at += 2;
        } else {
          return at + 1;
        }
      } else if (b == CR) {
        return -1;
      } else if (b < 0) {
        int length = utf8(data, at);
        if (length < 0) {
          return -1;
        }
        at += length;
      } else {
        at++;
      }
    }
    return -1;
  }

  private static boolean crlf(byte[] data, int at) {
    return data[at] == CR && at + 1 < data.length && data[at + 1] == LF;
  }

  private static int lines(byte[] data, int from, int to) {
    int count = 0;
    for (int at = from; at < to; at++) {
      if (data[at] == LF) {
        count++;
      }
    }
    return count;
  }

  /** The length of the UTF-8 sequence at {@code at} as Java's decoder accepts it, or -1. */
  static int utf8(byte[] data, int at) {
    int lead = data[at] & 0xFF;
    int length = lead < 0xC2 ? -1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : -1;
    if (length < 0 || at + length > data.length) {
      return -1;
    }
    int second = data[at + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return -1;
    }
    for (int next = at + 2; next < at + length; next++) {
      if ((data[next] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return length;
  }
}
