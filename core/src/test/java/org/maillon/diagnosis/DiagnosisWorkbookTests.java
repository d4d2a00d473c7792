package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The diagnosis workbook of {@link SmallOrganization}, whose figures were computed by hand. */
class DiagnosisWorkbookTests {

  @Test
  void onePersonARowWithTheirFiguresAndOneTeamARow() throws IOException {
    Map<String, List<Row>> sheets = sheets(false, Locale.ENGLISH);
    assertThat(sheets.keySet()).containsExactly("Summary", "Findings", "Teams", "People", "Procedures");
    List<Row> people = sheets.get("People");
    assertThat(people).hasSize(12);
    Row m1 = people.stream().filter(row -> row.getCellText(0).equals("m1")).findFirst().orElseThrow();
    assertThat(m1.getCellText(2)).isEqualTo("sales");
    assertThat(m1.getCellText(3)).isEqualTo("vp");
    assertThat(m1.getCellAsNumber(4).orElseThrow().intValue()).as("depth").isEqualTo(2);
    assertThat(m1.getCellAsNumber(5).orElseThrow().intValue()).as("direct reports").isEqualTo(4);
    assertThat(sheets.get("Teams")).hasSize(7);
    assertThat(sheets.get("Procedures")).hasSize(7);
  }

  @Test
  void theSummarySaysTheHeadcountAndTheFindingsAreTheirSentencesInFrench() throws IOException {
    Map<String, List<Row>> sheets = sheets(true, Locale.FRENCH);
    assertThat(sheets.keySet()).containsExactly("Synthèse", "Constats");
    assertThat(sheets.get("Synthèse")).filteredOn(row -> row.getCellText(0).equals("Effectif"))
        .singleElement().extracting(row -> row.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(11);
    Diagnosis diagnosis = DiagnosisEngine.diagnose(SmallOrganization.build());
    List<Row> findings = sheets.get("Constats");
    assertThat(findings).hasSize(diagnosis.findings().size() + 1);
    assertThat(findings.get(1).getCellText(3)).isEqualTo(diagnosis.findings().get(0).message(Locale.FRENCH));
  }

  /** The rows of each sheet, by sheet name, in order. */
  private static Map<String, List<Row>> sheets(boolean summary, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiagnosisWorkbook.write(DiagnosisEngine.diagnose(SmallOrganization.build()), out, summary, locale);
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    return sheets;
  }
}
