package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.testing.HrExports;

class WorkbookModelTests {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

  @Test
  void theHandMadeHrExportAsAWorkbookReadsAsItsCsvFiles() throws IOException {
    assertSameAsCsv(HrExports.handMade());
  }

  @Test
  void theOracleHrSampleAsAWorkbookHasTheDiagnosisOfItsCsvFiles() throws IOException {
    assertSameAsCsv(HrExports.oracleHr());
  }

  @Test
  void theExampleCsvModelAsAWorkbookReadsAsItsCsvFiles() throws IOException {
    assertSameAsCsv(Path.of("../examples/sme-csv"));
  }

  @Test
  void aModelWrittenAsAWorkbookReadsBackEqual() {
    Organization sme = ModelFiles.read(Path.of("../examples/sme.yaml"), Locale.ENGLISH).organization();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelWriter.writeXlsx(sme, out);
    assertThat(ModelFiles.read("sme.xlsx", out.toByteArray(), Locale.ENGLISH).organization()).isEqualTo(sme);
  }

  @Test
  void everyProblemNamesItsSheetAndCell() throws IOException {
    byte[] workbook = Workbooks.of(List.of(
        new Workbooks.Sheet("Teams", List.of(List.of("id", "name", "kind"), List.of("sales", "Sales", "front"),
            List.of("ops", "Ops", "core"))),
        new Workbooks.Sheet("people", List.of(List.of("id", "name", "title", "team", "manager"),
            List.of("a", "Ann", "", "sales", ""), List.of(), List.of("b", "Bob", "", "nowhere", "zed"),
            List.of("a", "Al", "", "ops", "a"))),
        new Workbooks.Sheet("links", List.of(List.of("from", "to", "changedOn"),
            List.of("sales", "ops", "someday")))));
    assertThat(ModelFilesTesting.problems("org.xlsx", workbook)).containsExactly(
        "org.xlsx:Teams!A2: invalid kind 'front': expected front-line, core or support",
        "org.xlsx:links!A2: invalid changedOn: expected a day written YYYY-MM-DD",
        "org.xlsx:people!D4: unknown team 'nowhere'",
        "org.xlsx:people!E4: unknown manager 'zed'",
        "org.xlsx:people!A5: duplicate person id 'a', already used at org.xlsx:people!A2");
  }

  @Test
  void typedNumbersAndDaysReadAsTheirText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
    Worksheet teams = workbook.newWorksheet("teams");
    teams.value(0, 0, "id");
    teams.value(1, 0, 10);
    teams.value(2, 0, 20);
    Worksheet people = workbook.newWorksheet("employees");
    List<String> header = List.of("EMPLOYEE_ID", "FIRST_NAME", "LAST_NAME", "DEPARTMENT_ID");
    for (int column = 0; column < header.size(); column++) {
      people.value(0, column, header.get(column));
    }
    people.value(1, 0, 100.0);
    people.value(1, 1, "Steven");
    people.value(1, 2, "King");
    people.value(1, 3, 10);
    Worksheet links = workbook.newWorksheet("links");
    links.value(0, 0, "from");
    links.value(0, 1, "to");
    links.value(0, 2, "changedOn");
    links.value(1, 0, 10);
    links.value(1, 1, 20);
    links.value(1, 2, LocalDate.of(2026, 9, 1));
    links.style(1, 2).format("yyyy-mm-dd").set();
    workbook.finish();
    Organization organization = ModelFiles.read("hr.xlsx", out.toByteArray(), Locale.ENGLISH).organization();
    assertThat(organization.people()).containsExactly(new Person("100", "Steven King", null, "10", null));
    assertThat(organization.links().get(0).changedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void aWorkbookWithoutItsPeopleSheetNamesTheSheetsItLooksFor() throws IOException {
    byte[] workbook = Workbooks.of(List.of(new Workbooks.Sheet("teams", List.of(List.of("id"), List.of("a")))));
    assertThat(ModelFilesTesting.problems("org.xlsx", workbook))
        .containsExactly("org.xlsx:people: required file is missing: one of people, employees, staff");
  }

  @Test
  void aZipBombInTheFormOfAWorkbookIsRefusedBeforeItIsRead() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(new byte[4 << 20]);
      zip.closeEntry();
    }
    ModelRejectedException rejected = catchThrowableOfType(ModelRejectedException.class, () -> ModelFiles.read(
        "bomb.xlsx", new ByteArrayInputStream(bomb.toByteArray()), Locale.ENGLISH, ZipLimits.DEFAULTS));
    assertThat(rejected.problems()).extracting(Problem::toString).containsExactly("bomb.xlsx!/xl/worksheets/sheet1.xml:"
        + " this file inflates to more than 100 times its compressed size: refused as a possible zip bomb");
  }

  @Test
  void bytesThatAreNoWorkbookAreRefusedAlone() {
    assertThat(ModelFilesTesting.problems("org.xlsx", "id,name\n".getBytes(StandardCharsets.UTF_8)))
        .singleElement().asString().startsWith("org.xlsx: not an .xlsx workbook");
  }

  private static void assertSameAsCsv(Path folder) throws IOException {
    LoadedModel csv = ModelFiles.read(folder, Locale.ENGLISH);
    LoadedModel xlsx = ModelFiles.read("hr.xlsx", Workbooks.ofCsvFolder(folder), Locale.ENGLISH);
    assertThat(xlsx.organization()).isEqualTo(csv.organization());
    assertThat(diagnosis(xlsx)).isEqualTo(diagnosis(csv));
    assertThat(xlsx.warnings()).extracting(Problem::message)
        .containsExactlyElementsOf(csv.warnings().stream().map(Problem::message).toList());
  }

  private static String diagnosis(LoadedModel model) {
    StringWriter out = new StringWriter();
    DiagnosisJson.write(model.diagnose(DAY), out, false, Locale.ENGLISH);
    return out.toString();
  }
}
