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
import org.maillon.model.Organization;

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

  /** {@link CostsAndRevenueTests}' organisation: 640 over 6 people, level 2 160; shop reaches 400. */
  @Test
  void theSummaryGivesWhatEachLayerCostsAndTheTeamsTheRevenueTheyReach() throws IOException {
    Map<String, List<Row>> sheets = sheets(CostsAndRevenueTests.organization(100.0), false, Locale.FRENCH);

    assertThat(number(sheets.get("Synthèse"), "Coût annuel de ces collaborateurs", 1)).isEqualTo(640.0);
    assertThat(number(sheets.get("Synthèse"), "Coût annuel du niveau 2", 1)).isEqualTo(160.0);
    assertThat(number(sheets.get("Synthèse"), "Coût annuel de l’encadrement (les managers)", 1)).isEqualTo(450.0);
    assertThat(number(sheets.get("Équipes"), "shop", 8)).isEqualTo(400.0);
    assertThat(sheets.get("Équipes").stream().filter(row -> row.getCellText(0).equals("legal")).findFirst()
        .orElseThrow().getCellText(8)).isEmpty();
  }

  private static double number(List<Row> rows, String first, int column) {
    return rows.stream().filter(row -> row.getCellText(0).equals(first)).findFirst().orElseThrow()
        .getCellAsNumber(column).orElseThrow().doubleValue();
  }

  private static Map<String, List<Row>> sheets(boolean summary, Locale locale) throws IOException {
    return sheets(SmallOrganization.build(), summary, locale);
  }

  /** The rows of each sheet, by sheet name, in order. */
  private static Map<String, List<Row>> sheets(Organization organization, boolean summary, Locale locale)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiagnosisWorkbook.write(DiagnosisEngine.diagnose(organization), out, summary, locale);
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    return sheets;
  }
}
