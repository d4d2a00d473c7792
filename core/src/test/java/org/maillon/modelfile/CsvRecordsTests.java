package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordsTests {

  @TempDir
  Path dir;

  @AfterEach
  void defaultParallelism() {
    System.clearProperty("maillon.parallelism");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id,name\na,Ana\nb,Bo\n",
      "id,name\r\na,Ana\r\n\r\nb,\"Bo, \"\"the\"\" boss\"\r\n",
      "\uFEFFid,name\na,\"two\nlines\"\n\n,\nb,Zoé 😀\nc,",
      "id,name\na,x\"y\nb,\"\"\n\"c\",\"\"\"\"",
      "id\n\n\n",
      "",
      "\n",
      "a,b,"})
  void scansRecordsAndTheirLinesAsCommonsCsv(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(CsvPlan.of(bytes, 1)).isNotNull();
    CsvFiles.CsvFile file = new CsvFiles.CsvFile("t.csv",
        () -> new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), () -> bytes);
    Problems problems = new Problems(Locale.ENGLISH);
    CsvColumns.Layout layout = CsvColumns.Layout.extrasOnly("id", "name");
    CsvRecords records = new CsvRecords(problems);
    List<String> scanned = records.read(file, layout, false, ArrayList<String>::new, CsvRecordsTests::add).get(0);
    List<String> commons = records.commons(file, layout, new ArrayList<>(), CsvRecordsTests::add);
    assertThat(scanned).isEqualTo(commons);
    assertThat(problems.hasErrors()).isFalse();
  }

  /**
   * The scanner decodes what the plan accepts without a check of its own: the plan must refuse
   * every byte the JDK's strict decoder refuses, so that Commons CSV, reading through a
   * {@link Utf8Reader}, reports it instead of the scanner replacing it by U+FFFD.
   */
  @Property
  void planAcceptsExactlyTheUtf8TheJdkDecodes(@ForAll("cells") byte[] cell) {
    byte[] file = new byte[cell.length + 8];
    System.arraycopy("id\na,".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 5);
    System.arraycopy(cell, 0, file, 5, cell.length);
    file[file.length - 3] = ',';
    file[file.length - 2] = 'b';
    file[file.length - 1] = '\n';
    boolean decodes;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file));
      decodes = true;
    } catch (CharacterCodingException e) {
      decodes = false;
    }
    assertThat(CsvPlan.of(file, 1) != null).isEqualTo(decodes);
  }

  @Provide
  Arbitrary<byte[]> cells() {
    Arbitrary<Byte> highBytes = Arbitraries.bytes().filter(b -> b < 0);
    Arbitrary<Byte> lowBytes = Arbitraries.of((byte) 'x', (byte) 0x80, (byte) 0xBF, (byte) 0xC2, (byte) 0xE0,
        (byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0x8F, (byte) 0x90, (byte) 0x9F, (byte) 0xA0);
    return Arbitraries.oneOf(highBytes, lowBytes).array(byte[].class).ofMinSize(1).ofMaxSize(6);
  }

  @Test
  void readsTheSameModelAndProblemsOnOneCoreAsOnSeveral() throws Exception {
    Path model = largeModel(5_000);
    System.setProperty("maillon.parallelism", "1");
    LoadedModel one = ModelFiles.read(model, Locale.ENGLISH);
    System.setProperty("maillon.parallelism", "3");
    LoadedModel three = ModelFiles.read(model, Locale.ENGLISH);
    assertThat(three.organization()).isEqualTo(one.organization());
    assertThat(one.organization().people()).hasSize(5_000);
    assertThat(three.warnings()).isEqualTo(one.warnings()).extracting(Problem::toString)
        .containsExactly(dir.resolve("m/links.csv") + ":1: column 'note' ignored",
            dir.resolve("m/people.csv") + ":1: column 'phone' ignored");

    write(dir, "m/people.csv", people(5_000) + "p77,Dup,,t1,p1\np5001,Lost,,nowhere,ghost\n");
    write(dir, "m/links.csv", links(5_000) + "t1,t1,,a: x; a: y,-> b\nt1,retail,,,\n");
    System.setProperty("maillon.parallelism", "1");
    List<String> oneCore = problems(model, dir);
    System.setProperty("maillon.parallelism", "3");
    assertThat(problems(model, dir)).isEqualTo(oneCore).containsExactly(
        "m/links.csv:5002: a link cannot go from 't1' to itself",
        "m/links.csv:5002: duplicate expectation id 'a' on this link",
        "m/links.csv:5002: unknown expectation 'b' on this link",
        "m/links.csv:5003: duplicate link from 't1' to 'retail', already at m/links.csv:2",
        "m/people.csv:5002: duplicate person id 'p77', already used at m/people.csv:78",
        "m/people.csv:5003: unknown team 'nowhere'",
        "m/people.csv:5003: unknown manager 'ghost'");
  }

  private Path largeModel(int size) throws Exception {
    assertThat(people(size).length()).isGreaterThan(2 * CsvRecords.GRAIN);
    write(dir, "m/customers.csv", "id,name\nretail,Retail\n");
    StringBuilder teams = new StringBuilder("id,name,kind\n");
    for (int t = 1; t <= size; t++) {
      teams.append('t').append(t).append(",\"Team, ").append(t).append("\",front-line\n");
    }
    write(dir, "m/teams.csv", teams.toString());
    write(dir, "m/people.csv", people(size));
    write(dir, "m/links.csv", links(size));
    return dir.resolve("m");
  }

  private static String people(int size) {
    StringBuilder text = new StringBuilder("id,name,title,team,manager,phone\n");
    for (int p = 1; p <= size; p++) {
      text.append("p").append(p).append(",\"Person ").append(p).append("\",Agent,t").append(1 + p % 2)
          .append(',').append(p == 1 ? "" : "p" + p / 2).append('\n');
    }
    return text.toString();
  }

  private static String links(int size) {
    StringBuilder text = new StringBuilder("from,to,delivers,expectations,commitments,note\n");
    for (int l = 1; l <= size; l++) {
      text.append('t').append(l).append(",retail,Work ").append(l).append(",q").append(l).append(": fast; slow,On time -> q").append(l)
          .append('\n');
    }
    return text.toString();
  }

  private static void add(List<String> read, CsvColumns columns, CsvColumns.Cells record, long at) {
    List<String> cells = new ArrayList<>();
    for (int column = 0; column < record.size(); column++) {
      cells.add(record.get(column));
    }
    read.add(Problems.line(at) + " " + cells);
  }
}
