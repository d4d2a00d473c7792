package org.maillon.modelfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The sheets of an {@code .xlsx} workbook as the tables of a model: a sheet stands for the CSV file
 * of its name ({@code people} for {@code people.csv}, in any case), so that a workbook holds what
 * a folder of CSV files holds, aliases included. The workbook is a zip: it is first inflated to
 * nothing under {@link ZipLimits}, as a zip of CSV files is read,, so that a bomb is refused before a row is read; then each sheet
 * is streamed row by row, never held whole.
 */
final class Workbook implements Tables {

  private static final String CSV = ".csv";

  private final String file;
  private final byte[] content;
  private final Map<String, String> sheetByKey;

  private Workbook(String file, byte[] content, Map<String, String> sheetByKey) {
    this.file = file;
    this.content = content;
    this.sheetByKey = sheetByKey;
  }

  /**
   * The sheets of the workbook {@code file} whose bytes are {@code content}.
   *
   * @throws BoundedZip.LimitException when the workbook's zip passes a limit
   * @throws IOException when it is not a workbook
   */
  static Workbook of(String file, byte[] content, ZipLimits limits) throws IOException {
    inflateUnder(file, content, limits);
    Map<String, String> sheets = new HashMap<>();
    try (ReadableWorkbook workbook = open(content)) {
      workbook.getSheets().forEach(sheet -> sheets.putIfAbsent(key(sheet.getName()), sheet.getName()));
    } catch (RuntimeException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new Workbook(file, content, sheets);
  }

  /**
   * Inflates every entry to nothing under the limits, from the zip's directory as the workbook
   * reader reads it (a streamed read cannot: writers such as fastexcel leave the sizes to the end).
   * A deflated entry is inflated here from its raw bytes, so that its ratio is checked against the
   * compressed bytes read so far, as for a zip of CSV files.
   */
  private static void inflateUnder(String file, byte[] content, ZipLimits limits) throws IOException {
    ZipBudget budget = new ZipBudget(file, limits);
    byte[] chunk = new byte[BoundedZip.CHUNK];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        budget.entry(file + "!/" + entry.getName(), entry.getSize());
        inflate(zip, entry, budget, chunk);
      }
    }
  }

  private static void inflate(ZipFile zip, ZipArchiveEntry entry, ZipBudget budget, byte[] chunk) throws IOException {
    BoundedZip.CountingStream raw = new BoundedZip.CountingStream(zip.getRawInputStream(entry));
    boolean deflated = entry.getMethod() == ZipEntry.DEFLATED;
    Inflater inflater = new Inflater(true);
    try (InputStream in = deflated ? new InflaterInputStream(
        new SequenceInputStream(raw, new ByteArrayInputStream(new byte[1])), inflater, chunk.length)
        : entry.getMethod() == ZipEntry.STORED ? raw : zip.getInputStream(entry)) {
      for (int count = in.read(chunk); count >= 0; count = in.read(chunk)) {
        budget.inflated(count, deflated ? raw.count : entry.getCompressedSize());
      }
    } finally {
      inflater.end();
    }
  }

  static ReadableWorkbook open(byte[] content) throws IOException {
    return new ReadableWorkbook(new ByteArrayInputStream(content), SheetRecords.OPTIONS);
  }

  @Override
  public Table find(String... names) {
    for (String name : names) {
      String sheet = sheetByKey.get(key(named(name)));
      if (sheet != null) {
        return new Sheet(sheet);
      }
    }
    return null;
  }

  @Override
  public String display(String name) {
    return file + ":" + named(name);
  }

  @Override
  public String named(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(CSV) ? name.substring(0, name.length() - CSV.length()) : name;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** One sheet of the workbook, read by {@link SheetRecords}. */
  private final class Sheet implements Table {

    private final String name;

    Sheet(String name) {
      this.name = name;
    }

    @Override
    public String display() {
      return Problems.sheet(file, name);
    }

    @Override
    public boolean cells() {
      return true;
    }

    @Override
    public <P> List<P> read(Problems problems, CsvColumns.Layout layout, boolean parallel, Supplier<P> newPart,
        CsvRecords.Row<P> row) {
      return Collections.singletonList(new SheetRecords(problems, display()).read(content, name, layout, newPart.get(), row));
    }
  }
}
