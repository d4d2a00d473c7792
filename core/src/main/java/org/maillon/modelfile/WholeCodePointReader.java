package org.maillon.modelfile;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader whose reads never end between the two halves of a character outside the Basic
 * Multilingual Plane (an emoji, 𝒜): the YAML scanner (snakeyaml-engine 3.0) fails with an
 * {@code IndexOutOfBoundsException} when a read ends on a high surrogate at the end of its buffer.
 * A high surrogate that would end a read is held back and starts the next one.
 */
final class WholeCodePointReader extends FilterReader {

  private int held = -1;

  WholeCodePointReader(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int start = offset;
    if (held >= 0) {
      buffer[offset++] = (char) held;
      held = -1;
      length--;
    }
    int read = length == 0 ? 0 : in.read(buffer, offset, length);
    int count = offset - start + Math.max(read, 0);
    if (count == 0) {
      return -1;
    }
    if (count > 1 && Character.isHighSurrogate(buffer[start + count - 1])) {
      held = buffer[start + count - 1];
      count--;
    }
    return count;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
