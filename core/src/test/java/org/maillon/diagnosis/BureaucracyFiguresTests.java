package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.bureaucracy.ApprovalStats;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.model.Settings;

/** The bureaucratisation figures of {@link SmallOrganization}, computed by hand in its table. */
class BureaucracyFiguresTests {

  private final Diagnosis diagnosis = DiagnosisEngine.diagnose(SmallOrganization.build());

  @Test
  void organizationWide() {
    BureaucracyFigures b = diagnosis.bureaucracy();
    assertThat(b.procedures()).isEqualTo(6);
    assertThat(b.proceduresPer100People()).isEqualTo(600.0 / 11);
    // 3 + 4 + 1 + 3 + 0 + 0 approvals over 6 procedures; discount has the most, 4
    assertThat(b.approvals()).isEqualTo(11);
    assertThat(b.approvalsPerProcedure()).isEqualTo(new ApprovalStats(11.0 / 6, 4));
    assertThat(b.maxApprovalLevels()).isEqualTo(2);
    assertThat(b.climbingCircuits()).containsExactly("refund");
    assertThat(b.supportApprovalsOnFrontLine()).isEqualTo(3);
    assertThat(b.frontLineApprovedBySupport()).containsExactly("discount");
    assertThat(b.internalControls()).containsExactly("form", "report");
  }

  @Test
  void perTeam() {
    assertThat(diagnosis.teamProcedures("legal").orElseThrow())
        .isEqualTo(new TeamProcedures(List.of("audit-check", "report"), 200.0, new ApprovalStats(1.5, 3), 0, null));
    assertThat(diagnosis.teamProcedures("sales").orElseThrow())
        .isEqualTo(new TeamProcedures(List.of("discount"), 100.0 / 3, new ApprovalStats(4, 4), 0, null));
    TeamProcedures design = diagnosis.teamProcedures("design").orElseThrow();
    assertThat(design.proceduresPer100People()).as("no member to divide by").isNull();
    assertThat(design.approvalsPerProcedure()).isEqualTo(ApprovalStats.NONE);
    TeamProcedures audit = diagnosis.teamProcedures(0);
    assertThat(audit.procedures()).isEmpty();
    assertThat(audit.proceduresPer100People()).isEqualTo(0.0);
  }

  @Test
  void perProcedureInIdOrder() {
    assertThat(diagnosis.procedureCount()).isEqualTo(6);
    assertThat(diagnosis.procedure(0).id()).isEqualTo("access");
    assertThat(diagnosis.procedure(5).id()).isEqualTo("report");
    assertThat(diagnosis.procedure(4))
        .isEqualTo(new ProcedureFigures("refund", "shop", "Procedure refund", 4, 3, 3, 0, false, null, null, null));
    assertThat(diagnosis.procedure(2))
        .isEqualTo(new ProcedureFigures("discount", "sales", "Procedure discount", 2, 4, 0, 3, false, null, null, null));
  }

  @Test
  void aLooserSettingLetsTheRefundClimb() {
    Diagnosis loose = DiagnosisEngine.diagnose(SmallOrganization.build().withSettings(new Settings(8, 3)));
    assertThat(loose.bureaucracy().climbingCircuits()).isEmpty();
    assertThat(loose.findings()).extracting(Finding::code).doesNotContain("CLIMBING_APPROVAL_CIRCUIT", "LONG_APPROVAL_CIRCUIT");
  }

  @Test
  void findingsSpeakBothLanguages() {
    Finding climbing = diagnosis.findings().stream()
        .filter(f -> f.code().equals("CLIMBING_APPROVAL_CIRCUIT")).findFirst().orElseThrow();
    assertThat(climbing.message(Locale.ENGLISH))
        .isEqualTo("Procedure Procedure refund of Team shop climbs 3 levels above the team's head for approval, more than 2.");
    assertThat(climbing.message(Locale.FRENCH)).startsWith("La procédure Procedure refund de Team shop remonte 3 niveaux");
  }
}
