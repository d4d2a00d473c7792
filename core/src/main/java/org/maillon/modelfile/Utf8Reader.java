package org.maillon.modelfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses what is not: the JDK's {@code InputStreamReader} would turn a byte of
 * another encoding into U+FFFD and the model would be stored with it. Every character read is
 * counted, so that the first invalid byte is reported at its line and column (in characters, the
 * first being 1) in one pass. A byte order mark at the start is skipped.
 */
final class Utf8Reader extends Reader {

  /** Bytes that are not UTF-8, at the line and column of the first one. */
  static final class MalformedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final int firstByte;

    MalformedException(int line, int column, int firstByte) {
      super(String.format("invalid UTF-8 byte 0x%02X at line %d, column %d", firstByte, line, column));
      this.line = line;
      this.column = column;
      this.firstByte = firstByte;
    }

    int line() {
      return line;
    }

    long location() {
      return Problems.at(line, column);
    }

    /** The first invalid byte, as {@code 0xE9}. */
    String byteText() {
      return String.format("0x%02X", firstByte);
    }

    /** The first {@link MalformedException} among the causes of {@code e}, or null. */
    static MalformedException in(Throwable e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof MalformedException malformed) {
          return malformed;
        }
      }
      return null;
    }
  }

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private boolean end;
  private boolean started;
  private int badByte = -1;
  private int leftover = -1;
  private int line = 1;
  private int column;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int read;
    do {
      read = decode(buffer, offset, length);
    } while (read == 0);
    return read;
  }

  /** Decodes at least one character, or none when it was a byte order mark; -1 at the end. */
  private int decode(char[] buffer, int offset, int length) throws IOException {
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    if (leftover >= 0) {
      out.put((char) leftover);
      leftover = -1;
    }
    while (out.position() == offset) {
      if (badByte >= 0) {
        throw new MalformedException(line, column + 1, badByte);
      }
      CoderResult result = decoder.decode(bytes, out, end);
      if (result.isError()) {
        badByte = bytes.get(bytes.position()) & 0xFF;
      } else if (result.isOverflow() && out.position() == offset) {
        CharBuffer pair = CharBuffer.allocate(2);
        decoder.decode(bytes, pair, end);
        out.put(pair.get(0));
        leftover = pair.get(1);
      } else if (result.isUnderflow() && out.position() == offset) {
        if (end) {
          return -1;
        }
        fill();
      }
    }
    int read = out.position() - offset;
    if (!started) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        System.arraycopy(buffer, offset + 1, buffer, offset, --read);
      }
    }
    count(buffer, offset, offset + read);
    return read;
  }

  /** Moves the line and column past the characters {@code buffer[from, to)}. */
  private void count(char[] buffer, int from, int to) {
    for (int at = from; at < to; at++) {
      char c = buffer[at];
      if (c == '\n') {
        line++;
        column = 0;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      end = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
