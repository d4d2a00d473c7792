package org.maillon.modelfile;

/**
 * How much a zip of CSV files may hold, so that a small upload cannot make the reader inflate
 * gigabytes (a zip bomb): each limit is checked while inflating, and the zip is refused as soon
 * as one is passed, after reading little more than the limit. The defaults hold an HR export of
 * several million people (one million: 7 files, 103 MB inflated, 11 MB zipped, a ratio of 10).
 *
 * @param maxEntries entries read at the most, folders and skipped files included
 * @param maxEntrySize bytes one entry may inflate to
 * @param maxTotalSize bytes all entries may inflate to together
 * @param maxRatio how many times its compressed size an entry may inflate to, checked once it
 *     passes {@link #RATIO_FROM} bytes: a small file of a header and a few alike lines may
 *     compress very well
 */
public record ZipLimits(int maxEntries, long maxEntrySize, long maxTotalSize, int maxRatio) {

  /** The inflated size from which an entry's ratio is checked. */
  public static final long RATIO_FROM = 1 << 20;

  private static final long MB = 1 << 20;

  /** 1,000 entries, 256 MB an entry, 512 MB in all, a ratio of 100. */
  public static final ZipLimits DEFAULTS = new ZipLimits(1_000, 256 * MB, 512 * MB, 100);

  /** The largest array the JVM allocates: an entry is held whole. */
  private static final long MAX_ENTRY_SIZE = Integer.MAX_VALUE - 8;

  public ZipLimits {
    if (maxEntries < 1 || maxEntrySize < 1 || maxTotalSize < 1 || maxRatio < 1) {
      throw new IllegalArgumentException("zip limits must be positive: " + maxEntries + " entries, "
          + maxEntrySize + " bytes an entry, " + maxTotalSize + " bytes in all, a ratio of " + maxRatio);
    }
    if (maxEntrySize > MAX_ENTRY_SIZE) {
      throw new IllegalArgumentException("a zip entry is held in memory: at most " + MAX_ENTRY_SIZE
          + " bytes, not " + maxEntrySize);
    }
  }
}
