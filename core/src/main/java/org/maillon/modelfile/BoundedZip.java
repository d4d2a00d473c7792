package org.maillon.modelfile;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a zip read from a stream under {@link ZipLimits}: entries are counted as they
 * come, and every chunk inflated is counted against the entry's size, the zip's total and the
 * entry's ratio to the compressed bytes read for it, so that a bomb is refused after a bounded
 * read, never inflated whole. Files the caller does not read are inflated to nothing, under the
 * same limits, as the stream must pass them.
 */
final class BoundedZip implements Closeable {

  /** A limit was passed: the zip is refused, at the entry that passed it. */
  static final class LimitException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String key;
    private final transient Object limit;

    LimitException(String file, String key, Object limit) {
      super(file + ": " + key + " " + limit);
      this.file = file;
      this.key = key;
      this.limit = limit;
    }

    /** Reports it as the one problem of the model. */
    void report(Problems problems) {
      problems.malformed(file, 0, key, limit);
    }
  }

  static final int CHUNK = 1 << 16;

  private final String zipName;
  private final ZipLimits limits;
  private final ZipBudget budget;
  private final CountingStream compressed;
  private final ZipInputStream zip;
  private String name;
  private boolean read;
  private long compressedBefore;

  BoundedZip(String zipName, InputStream content, ZipLimits limits) {
    this.zipName = zipName;
    this.limits = limits;
    this.budget = new ZipBudget(zipName, limits);
    this.compressed = new CountingStream(content);
    this.zip = new ZipInputStream(compressed, StandardCharsets.UTF_8);
  }

  /** The path in the zip of its next file, folders passed, or null after the last. */
  String next() throws IOException {
    ZipEntry entry;
    do {
      if (name != null && !read) {
        inflate(new byte[CHUNK], 0, true);
      }
      entry = zip.getNextEntry();
      if (entry == null) {
        return name = null;
      }
      name = entry.getName();
      read = false;
      compressedBefore = compressed.count;
      budget.entry(display(name), entry.getSize());
    } while (entry.isDirectory());
    return name;
  }

  /** How a file of the zip is shown to the user: the zip's name, {@code !/} and its path. */
  String display(String path) {
    return zipName + "!/" + path;
  }

  /** The content of the file {@link #next} returned. */
  byte[] bytes() throws IOException {
    read = true;
    byte[] data = new byte[CHUNK];
    int length = 0;
    for (int count = 0; count >= 0; count = inflate(data, length, false)) {
      length += count;
      if (length == data.length) {
        data = Arrays.copyOf(data, (int) Math.min((long) data.length * 2, limits.maxEntrySize() + 1));
      }
    }
    return Arrays.copyOf(data, length);
  }

  /**
   * Inflates the current entry into {@code buffer} from {@code offset}, once or to its end when
   * {@code discard}, checking every limit after each chunk; returns the bytes inflated, -1 at the end.
   */
  private int inflate(byte[] buffer, int offset, boolean discard) throws IOException {
    int count;
    do {
      count = zip.read(buffer, offset, Math.min(CHUNK, buffer.length - offset));
      if (count > 0) {
        budget.inflated(count, compressed.count - compressedBefore);
      }
    } while (discard && count >= 0);
    return count;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** The compressed bytes read so far. */
  static final class CountingStream extends FilterInputStream {

    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
