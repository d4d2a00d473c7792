package org.maillon.modelfile;

/**
 * Counts what a zip inflates against {@link ZipLimits}, entry by entry and chunk by chunk, for
 * every way a zip is read: streamed ({@link BoundedZip}) or from its directory (a workbook), so
 * that both refuse a bomb alike, after a bounded read.
 */
final class ZipBudget {

  private static final double MB = 1 << 20;

  private final String zipName;
  private final ZipLimits limits;
  private int entries;
  private long total;
  private String display;
  private long inflated;

  ZipBudget(String zipName, ZipLimits limits) {
    this.zipName = zipName;
    this.limits = limits;
  }

  /** Starts an entry shown as {@code display}, of {@code declaredSize} bytes inflated (-1: unknown). */
  void entry(String display, long declaredSize) throws BoundedZip.LimitException {
    if (++entries > limits.maxEntries()) {
      throw new BoundedZip.LimitException(zipName, "zip.entries", limits.maxEntries());
    }
    this.display = display;
    inflated = 0;
    if (declaredSize > limits.maxEntrySize()) {
      throw entryTooLarge();
    }
  }

  /** Counts {@code count} more bytes inflated from the entry, of which {@code compressed} were read. */
  void inflated(int count, long compressed) throws BoundedZip.LimitException {
    inflated += count;
    total += count;
    if (inflated > limits.maxEntrySize()) {
      throw entryTooLarge();
    }
    if (total > limits.maxTotalSize()) {
      throw new BoundedZip.LimitException(display, "zip.totalSize", limits.maxTotalSize() / MB);
    }
    if (inflated > ZipLimits.RATIO_FROM && inflated > compressed * limits.maxRatio()) {
      throw new BoundedZip.LimitException(display, "zip.ratio", limits.maxRatio());
    }
  }

  private BoundedZip.LimitException entryTooLarge() {
    return new BoundedZip.LimitException(display, "zip.entrySize", limits.maxEntrySize() / MB);
  }
}
