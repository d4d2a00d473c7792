package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Organization;
import org.maillon.synthetic.SyntheticOrganization;

class ZipLimitsTests {

  private static final int MB = 1 << 20;
  private static final byte[] TEAMS = "id\nsales\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @Test
  void refusesMoreEntriesThanTheLimit() throws IOException {
    byte[] zip = zip(new Entry("teams.csv", TEAMS), new Entry("people.csv", "id\n".getBytes(StandardCharsets.UTF_8)),
        new Entry("a/", new byte[0]), new Entry("notes.txt", new byte[10]));
    assertThat(problems(zip, new ZipLimits(3, MB, MB, 100)))
        .containsExactly("m.zip: the zip holds more than 3 entries");
    assertThat(problems(zip, new ZipLimits(4, MB, MB, 100))).isEmpty();
  }

  @Test
  void refusesAnEntryThatInflatesPastItsLimitWhileInflatingIt() throws IOException {
    byte[] zip = zip(new Entry("teams.csv", TEAMS), new Entry("hr/people.csv", lines("Person", 2 * MB)));
    assertThat(problems(zip, new ZipLimits(10, MB, 4L * MB, 100)))
        .containsExactly("m.zip!/hr/people.csv: this file inflates to more than 1 MB");
  }

  @Test
  void refusesAnEntryThatDeclaresMoreThanTheLimitBeforeReadingIt() throws IOException {
    byte[] content = new byte[3 * MB];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry stored = new ZipEntry("people.csv");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(content.length);
      CRC32 crc = new CRC32();
      crc.update(content);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(content);
    }
    Counted in = new Counted(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(problems(in, new ZipLimits(10, MB, 4L * MB, 100)))
        .containsExactly("m.zip!/people.csv: this file inflates to more than 1 MB");
    assertThat(in.read).isLessThan(1024);
  }

  @Test
  void refusesEntriesThatInflatePastTheTotalTogether() throws IOException {
    byte[] third = lines("Person", 400_000);
    byte[] zip = zip(new Entry("teams.csv", TEAMS), new Entry("people.csv", third), new Entry("links.csv", third),
        new Entry("__MACOSX/._links.csv", third));
    assertThat(problems(zip, new ZipLimits(10, MB, MB, 100)))
        .containsExactly("m.zip!/__MACOSX/._links.csv: the files of the zip inflate to more than 1 MB in all");
  }

  @Test
  void refusesABombAfterReadingAFewKilobytesOfIt() throws IOException {
    byte[] zip = zip(new Entry("people.csv", new byte[64 * MB]), new Entry("teams.csv", TEAMS));
    assertThat(zip.length).isGreaterThan(60_000);
    Counted in = new Counted(new ByteArrayInputStream(zip));
    assertThat(problems(in, ZipLimits.DEFAULTS)).containsExactly(
        "m.zip!/people.csv: this file inflates to more than 100 times its compressed size:"
            + " refused as a possible zip bomb");
    assertThat(in.read).isLessThan(16 * 1024);
  }

  @Test
  void letsASmallFileCompressAsWellAsItMay() throws IOException {
    byte[] zip = zip(new Entry("teams.csv", TEAMS), new Entry("people.csv", lines("Person", ZipLimits.RATIO_FROM - 100)));
    assertThat(problems(zip, new ZipLimits(10, 2L * MB, 4L * MB, 2))).isEmpty();
  }

  @Test
  void holdsAnHrExportWellInsideTheDefaults() throws IOException {
    Organization organization = SyntheticOrganization.generate(20_000, 1);
    ModelWriter.writeCsv(organization, dir.resolve("export"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(dir.resolve("export"))) {
      for (Path file : files.toList()) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        zip.write(Files.readAllBytes(file));
      }
    }
    ZipLimits tenTimesTighter = new ZipLimits(ZipLimits.DEFAULTS.maxEntries() / 10, 5 * MB, 10L * MB,
        ZipLimits.DEFAULTS.maxRatio() / 5);
    assertThat(ModelFiles.read("m.zip", new ByteArrayInputStream(bytes.toByteArray()), Locale.ENGLISH,
        tenTimesTighter).organization()).isEqualTo(organization);
  }

  @Test
  void speaksFrench() throws IOException {
    byte[] zip = zip(new Entry("people.csv", lines("Personne", 2 * MB)));
    ModelRejectedException rejected = catchThrowableOfType(ModelRejectedException.class, () -> ModelFiles.read(
        "m.zip", new ByteArrayInputStream(zip), Locale.FRENCH, new ZipLimits(10, MB + MB / 2, 4L * MB, 100)));
    assertThat(rejected.problems()).extracting(Problem::toString)
        .containsExactly("m.zip!/people.csv: ce fichier décompressé dépasse 1,5 Mo");
  }

  @Test
  void refusesLimitsThatAreNotPositiveOrAboveAnArray() {
    assertThatThrownBy(() -> new ZipLimits(0, MB, MB, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ZipLimits(1, 1L << 31, MB, 100)).isInstanceOf(IllegalArgumentException.class);
  }

  private record Entry(String name, byte[] content) {}

  private static byte[] zip(Entry... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry entry : entries) {
        zip.putNextEntry(new ZipEntry(entry.name()));
        zip.write(entry.content());
      }
    }
    return bytes.toByteArray();
  }

  /**
   * A CSV of ids and names to about {@code size} bytes, a record {@code N,name} a line: text that
   * compresses as an export does.
   */
  private static byte[] lines(String name, long size) {
    StringBuilder text = new StringBuilder("id,name\n");
    for (int n = 0; text.length() < size; n++) {
      text.append(n).append(',').append(name).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> problems(byte[] zip, ZipLimits limits) {
    return problems(new ByteArrayInputStream(zip), limits);
  }

  /** The problems the zip is rejected with, none when it is read. */
  private static List<String> problems(InputStream zip, ZipLimits limits) {
    try {
      ModelFiles.read("m.zip", zip, Locale.ENGLISH, limits);
      return List.of();
    } catch (ModelRejectedException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
  }

  /** Counts the bytes read through it. */
  private static final class Counted extends FilterInputStream {

    long read;

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int count = super.read(buffer, offset, length);
      read += Math.max(count, 0);
      return count;
    }
  }
}
