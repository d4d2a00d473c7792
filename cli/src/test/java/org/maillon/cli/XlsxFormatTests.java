package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.cli.Cli.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;

/** The diagnose command with spreadsheets: a workbook model in, a workbook diagnosis out. */
class XlsxFormatTests {

  private static final Path SME = Path.of("../examples/sme.yaml");

  @TempDir
  Path folder;

  @Test
  void theDiagnosisWorkbookOpensWithOneSheetPerSection() throws IOException {
    Path out = folder.resolve("sme.xlsx");
    Cli.Run run = run("diagnose", SME.toString(), "--format", "xlsx", "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    int headcount = ModelFiles.read(SME, Locale.ENGLISH).organization().people().size();
    try (ReadableWorkbook workbook = new ReadableWorkbook(out.toFile())) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName)
          .containsExactly("Summary", "Findings", "Teams", "People", "Procedures");
      List<Row> summary = sheets.get(0).read();
      assertThat(summary.get(0).getCellText(0)).isEqualTo("Figure");
      assertThat(summary).filteredOn(row -> row.getCellText(0).equals("Headcount"))
          .singleElement().extracting(row -> row.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(headcount);
      List<Row> people = sheets.get(3).read();
      assertThat(people).hasSize(headcount + 1);
      assertThat(people.get(0).getCellText(0)).isEqualTo("Id");
    }
  }

  @Test
  void inFrenchTheSheetsAreNamedInFrenchAndASummaryLeavesOutThePeople() throws IOException {
    Path out = folder.resolve("sme.xlsx");
    assertThat(run("diagnose", SME.toString(), "--format", "xlsx", "--out", out.toString(), "--lang", "fr",
        "--summary").code()).isZero();
    try (ReadableWorkbook workbook = new ReadableWorkbook(out.toFile())) {
      assertThat(workbook.getSheets()).extracting(Sheet::getName).containsExactly("Synthèse", "Constats");
    }
  }

  @Test
  void aWorkbookNeedsAFileToGoTo() {
    Cli.Run run = run("diagnose", SME.toString(), "--format", "xlsx", "--lang", "en");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--out FILE");
  }

  @Test
  void aModelAsAWorkbookHasTheDiagnosisOfTheSameModelInYaml() throws IOException {
    Path workbook = folder.resolve("sme-model.xlsx");
    try (OutputStream out = Files.newOutputStream(workbook)) {
      ModelWriter.writeXlsx(ModelFiles.read(SME, Locale.ENGLISH).organization(), out);
    }
    String[] options = {"--format", "json", "--as-of", "2026-10-01", "--lang", "en"};
    Cli.Run fromYaml = run(concat("diagnose", SME.toString(), options));
    Cli.Run fromWorkbook = run(concat("diagnose", workbook.toString(), options));
    assertThat(fromWorkbook.code()).isZero();
    assertThat(fromWorkbook.out()).isEqualTo(fromYaml.out());
  }

  @Test
  void theOutputOfAnyFormatMayGoToAFile() throws IOException {
    Path out = folder.resolve("sme.md");
    assertThat(run("diagnose", SME.toString(), "--format", "markdown", "--out", out.toString()).out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(run("diagnose", SME.toString(), "--format", "markdown").out());
  }

  private static String[] concat(String command, String model, String... options) {
    String[] all = new String[options.length + 2];
    all[0] = command;
    all[1] = model;
    System.arraycopy(options, 0, all, 2, options.length);
    return all;
  }
}
