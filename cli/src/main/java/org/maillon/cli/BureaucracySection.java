package org.maillon.cli;

import java.util.ArrayList;
import java.util.List;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.Diagnosis;

/**
 * The second link of the anti-value chain, bureaucratisation: the procedures and approval circuits
 * of the model, organisation-wide and, unless the report is a summary, per team that runs any.
 */
final class BureaucracySection {

  private static final int EXAMPLES = 5;

  private BureaucracySection() {}

  static Report.Section of(ReportContext context) {
    Messages m = context.messages();
    List<Report.Block> blocks = new ArrayList<>();
    blocks.add(new Report.Paragraph(m.get("bureaucratisation.procedures")));
    blocks.add(new Report.Figures(figures(context, context.diagnosis().bureaucracy())));
    if (!context.summary()) {
      List<List<String>> rows = teamRows(context);
      if (!rows.isEmpty()) {
        blocks.add(new Report.Table(List.of(m.get("team.id"), m.get("procedures.count"), m.get("procedures.per100"),
            m.get("procedures.approvals"), m.get("procedures.flow")), rows));
      }
    }
    List<String> examples = new ArrayList<>();
    ChainLink.BUREAUCRATISATION.kinds().forEach(kind -> examples.addAll(context.examples(kind, EXAMPLES)));
    if (!examples.isEmpty()) {
      blocks.add(new Report.Items(examples));
    }
    return new Report.Section(m.get("section.bureaucratisation"), blocks);
  }

  private static List<Report.Figure> figures(ReportContext context, BureaucracyFigures b) {
    Messages m = context.messages();
    return List.of(
        context.figure("figure.procedures", m.get("figure.procedures.value", m.number(b.procedures()),
            m.decimal(b.proceduresPer100People()))),
        context.figure("figure.approvals", m.get("figure.approvals.value", m.number(b.approvals()),
            m.decimal(b.approvalsPerProcedure().mean()), m.number(b.approvalsPerProcedure().max()))),
        context.figure("figure.climbing", m.get("figure.climbing.value", m.number(b.maxApprovalLevels()),
            m.counted(b.climbingCircuits()))),
        context.figure("figure.supportApprovals", m.get("figure.supportApprovals.value",
            m.number(b.supportApprovalsOnFrontLine()), m.counted(b.frontLineApprovedBySupport()))),
        context.figure("figure.internalControls", m.counted(b.internalControls())),
        context.figure("figure.flowEfficiency", m.get("figure.flowEfficiency.value", efficiency(m, b.flow().flowEfficiency()),
            m.number(b.flow().timedProcedures()), m.number(b.procedures()))),
        context.figure("figure.lowFlowEfficiency", m.get("figure.lowFlowEfficiency.value",
            m.percent(b.flow().minFlowEfficiency()), m.counted(b.flow().lowFlowEfficiency()))));
  }

  /** A flow efficiency as a percentage, or the text for "none" when no procedure states its times. */
  private static String efficiency(Messages m, Double value) {
    return value == null ? m.get("list.none") : m.percent(value);
  }

  /** One row per team that runs a procedure, in id order. */
  private static List<List<String>> teamRows(ReportContext context) {
    Messages m = context.messages();
    Diagnosis diagnosis = context.diagnosis();
    List<List<String>> rows = new ArrayList<>();
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamProcedures team = diagnosis.teamProcedures(rank);
      if (!team.procedures().isEmpty()) {
        rows.add(List.of(diagnosis.team(rank).id(), m.number(team.procedures().size()),
            team.proceduresPer100People() == null ? m.get("list.none") : m.decimal(team.proceduresPer100People()),
            m.get("procedures.approvals.value", m.decimal(team.approvalsPerProcedure().mean()),
                m.number(team.approvalsPerProcedure().max())),
            m.get("procedures.flow.value", efficiency(m, team.flowEfficiency()), m.number(team.timedProcedures()))));
      }
    }
    return rows;
  }
}
