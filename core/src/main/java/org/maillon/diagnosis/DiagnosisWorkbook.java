package org.maillon.diagnosis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.hierarchy.LayerCosts;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.ValueChainFigures;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a diagnosis as an {@code .xlsx} workbook for those who work in spreadsheets: one sheet per
 * section (the summary's figures, the findings, then the teams, people and procedures with their
 * figures), labelled in the reader's language, numbers typed so that they sort and sum. The same
 * writer serves the CLI and the server, streaming as {@link DiagnosisJson} does.
 */
public final class DiagnosisWorkbook {

  private static final String BUNDLE = "org.maillon.diagnosis.workbook";
  private static final String ARROW = " → ";

  private final Workbook workbook;
  private final ResourceBundle labels;
  private final Locale locale;

  private DiagnosisWorkbook(Workbook workbook, Locale locale) {
    this.workbook = workbook;
    this.locale = locale;
    this.labels = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param summary leave out the teams', people's and procedures' sheets
   * @param out left open
   * @throws UncheckedIOException when the workbook cannot be written
   */
  public static void write(Diagnosis diagnosis, OutputStream out, boolean summary, Locale locale) {
    Workbook workbook = new Workbook(out, "Maillon", "1.0");
    try {
      new DiagnosisWorkbook(workbook, locale).sheets(diagnosis, summary);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sheets(Diagnosis d, boolean summary) throws IOException {
    summary(d);
    findings(d.findings());
    if (!summary) {
      teams(d);
      people(d);
      procedures(d);
    }
  }

  private void summary(Diagnosis d) throws IOException {
    WorkbookSheet sheet = new WorkbookSheet(workbook, labels, "summary", List.of("figure", "value"));
    figure(sheet, "organization", d.organization());
    figure(sheet, "asOf", d.asOf() == null ? null : d.asOf().toString());
    figure(sheet, "headcount", d.headcount());
    HierarchyFigures h = d.hierarchy();
    figure(sheet, "layers", h.layers());
    figure(sheet, "managers", h.managers());
    figure(sheet, "managerRatio", h.managerRatio());
    figure(sheet, "meanSpan", h.span().mean());
    figure(sheet, "targetSpan", h.targetSpan());
    figure(sheet, "excessLevels", h.excessLevels());
    if (h.costs() != null) {
      costs(sheet, h.costs());
    }
    ValueChainFigures v = d.valueChain();
    figure(sheet, "teams", v.teams());
    figure(sheet, "finalCustomers", v.finalCustomers());
    figure(sheet, "links", v.links());
    figure(sheet, "disconnectedTeams", v.disconnectedTeams().size());
    figure(sheet, "inversions", v.inversions().size());
    AgreementFigures a = d.agreements();
    figure(sheet, "expectations", a.expectations());
    figure(sheet, "uncoveredExpectations", a.uncoveredExpectations());
    figure(sheet, "unaskedCommitments", a.unaskedCommitments());
    BureaucracyFigures b = d.bureaucracy();
    figure(sheet, "procedures", b.procedures());
    figure(sheet, "approvals", b.approvals());
    figure(sheet, "flowEfficiency", b.flow().flowEfficiency());
    figure(sheet, "findings", d.findings().size());
    sheet.finish();
  }

  /** What the layers cost, present only when the model states someone's cost. */
  private void costs(WorkbookSheet sheet, LayerCosts costs) throws IOException {
    figure(sheet, "peopleWithCost", costs.peopleWithCost());
    figure(sheet, "totalCost", costs.total());
    for (int depth = 0; depth < costs.byLayer().size(); depth++) {
      sheet.text(new MessageFormat(labels.getString("figure.layerCost"), locale).format(new Object[] {depth})).number(costs.byLayer().get(depth))
          .next();
    }
    figure(sheet, "managementCost", costs.management());
    figure(sheet, "managementShare", costs.managementShare());
  }

  private void figure(WorkbookSheet sheet, String key, Object value) throws IOException {
    sheet.text(labels.getString("figure." + key));
    if (value instanceof Number number) {
      sheet.number(number);
    } else {
      sheet.text((String) value);
    }
    sheet.next();
  }

  private void findings(List<Finding> findings) throws IOException {
    WorkbookSheet sheet = new WorkbookSheet(workbook, labels, "findings",
        List.of("severity", "code", "subject", "message"));
    FindingMessages messages = new FindingMessages(locale);
    for (Finding finding : findings) {
      sheet.text(labels.getString("severity." + finding.severity().code())).text(finding.code())
          .text(finding.subject().text()).text(messages.message(finding)).next();
    }
    sheet.finish();
  }

  private void teams(Diagnosis d) throws IOException {
    WorkbookSheet sheet = new WorkbookSheet(workbook, labels, "teams", List.of("id", "name", "kind", "members",
        "hopsToCustomer", "suppliers", "customers", "finalCustomers", "revenueReached", "uncoveredExpectations",
        "unaskedCommitments", "procedures", "flowEfficiency"));
    for (int rank = 0; rank < d.teamCount(); rank++) {
      TeamFigures t = d.team(rank);
      TeamProcedures procedures = d.teamProcedures(rank);
      sheet.text(t.id()).text(t.name()).text(labels.getString("kind." + t.kind().code()))
          .number(t.members().size()).number(t.hopsToCustomer()).texts(t.suppliers(), ", ")
          .texts(t.customers(), ", ").texts(t.finalCustomers(), ", ")
          .number(t.revenueReached() == null ? null : t.revenueReached().revenue())
          .number(t.uncoveredExpectations().size())
          .number(t.unaskedCommitments().size()).number(procedures.procedures().size())
          .number(procedures.flowEfficiency()).next();
    }
    sheet.finish();
  }

  private void people(Diagnosis d) throws IOException {
    WorkbookSheet sheet = new WorkbookSheet(workbook, labels, "people", List.of("id", "name", "team", "manager",
        "depth", "directReports", "hopsToCustomer", "chain"));
    for (int rank = 0; rank < d.personCount(); rank++) {
      PersonFigures p = d.person(rank);
      sheet.text(p.id()).text(p.name()).text(p.team()).text(p.manager()).number(p.depth())
          .number(p.directReports().size()).number(p.hopsToCustomer()).texts(p.chain(), ARROW).next();
    }
    sheet.finish();
  }

  private void procedures(Diagnosis d) throws IOException {
    WorkbookSheet sheet = new WorkbookSheet(workbook, labels, "procedures", List.of("id", "team", "name", "steps",
        "approvals", "levelsClimbed", "leadTimeDays", "workHours", "flowEfficiency"));
    for (int rank = 0; rank < d.procedureCount(); rank++) {
      ProcedureFigures p = d.procedure(rank);
      sheet.text(p.id()).text(p.team()).text(p.name()).number(p.steps()).number(p.approvals())
          .number(p.levelsClimbed()).number(p.leadTimeDays()).number(p.workHours()).number(p.flowEfficiency()).next();
    }
    sheet.finish();
  }
}
