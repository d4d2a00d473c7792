package org.maillon.modelfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The CSV files of a model, from a folder or a zip, found by name in any case (a zip may hold
 * them in a sub-folder). Each is shown to the user under the name they gave: the folder joined
 * with the file name, or the zip's name followed by {@code !/} and the entry's path.
 */
final class CsvFiles implements Tables {

  /** One CSV file: the name to show in problems, and ways to read it, as text or as bytes. */
  record CsvFile(String display, Opener opener, Content content) implements Tables.Table {

    @Override
    public boolean cells() {
      return false;
    }

    @Override
    public <P> List<P> read(Problems problems, CsvColumns.Layout layout, boolean parallel, Supplier<P> newPart,
        CsvRecords.Row<P> row) {
      return new CsvRecords(problems).read(this, layout, parallel, newPart, row);
    }

    Reader open() throws IOException {
      return opener.open();
    }

    byte[] bytes() throws IOException {
      return content.bytes();
    }
  }

  /** Opens the content of one file. */
  interface Opener {
    Reader open() throws IOException;
  }

  /** The bytes of one file. */
  interface Content {
    byte[] bytes() throws IOException;
  }

  private final Map<String, CsvFile> byName;
  private final UnaryOperator<String> displayOf;

  private CsvFiles(Map<String, CsvFile> byName, UnaryOperator<String> displayOf) {
    this.byName = byName;
    this.displayOf = displayOf;
  }

  static CsvFiles ofFolder(Path folder) throws IOException {
    Map<String, CsvFile> files = new HashMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(Files::isRegularFile).forEach(path -> files.putIfAbsent(
          key(path.getFileName().toString()),
          new CsvFile(path.toString(), () -> new Utf8Reader(Files.newInputStream(path)),
              () -> Files.readAllBytes(path))));
    }
    return new CsvFiles(files, name -> folder.resolve(name).toString());
  }

  /**
   * The CSV files of a zip, read under {@code limits}; other files are inflated to nothing, and
   * so is a second file of a name already found.
   *
   * @throws BoundedZip.LimitException when the zip passes a limit
   */
  static CsvFiles ofZip(String zipName, InputStream content, ZipLimits limits) throws IOException {
    Map<String, CsvFile> files = new HashMap<>();
    try (BoundedZip zip = new BoundedZip(zipName, content, limits)) {
      for (String path = zip.next(); path != null; path = zip.next()) {
        String key = key(path.substring(path.lastIndexOf('/') + 1));
        if (key.endsWith(".csv") && !path.startsWith("__MACOSX/") && !files.containsKey(key)) {
          byte[] bytes = zip.bytes();
          files.put(key, new CsvFile(zip.display(path), () -> new Utf8Reader(new ByteArrayInputStream(bytes)),
              () -> bytes));
        }
      }
    }
    return new CsvFiles(files, name -> zipName + "!/" + name);
  }

  @Override
  public CsvFile find(String... names) {
    for (String name : names) {
      CsvFile file = byName.get(key(name));
      if (file != null) {
        return file;
      }
    }
    return null;
  }

  @Override
  public String display(String name) {
    return displayOf.apply(name);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
