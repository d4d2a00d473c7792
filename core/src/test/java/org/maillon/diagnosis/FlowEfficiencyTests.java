package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.bureaucracy.FlowFigures;
import org.maillon.model.Organization;
import org.maillon.model.Settings;
import org.maillon.testing.HandWrittenOrganization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flow efficiency computed by hand on three timed procedures and one that states only its lead time
 * (docs/bureaucracy.md: work hours / (lead days × 24), sums for a team and the organisation).
 *
 * <pre>
 *   procedure  team  lead    work   lead hours  efficiency
 *   order      ops   2 d     12 h    48          12 / 48  = 0.25
 *   refund     ops   10 d    6 h     240         6 / 240  = 0.025   below 0.05: finding
 *   hire       hr    30 d    36 h    720         36 / 720 = 0.05    not below: equal
 *   badge      hr    5 d     —       —           left out
 *   ops: (12 + 6) / (48 + 240) = 18 / 288 = 0.0625      hr: 36 / 720 = 0.05 (1 of 2 timed)
 *   organisation: 54 / 1008 = 3 / 56, over 3 of 4 procedures
 * </pre>
 */
class FlowEfficiencyTests {

  private static Organization organization() {
    return HandWrittenOrganization.organization("Timed")
        .customer("client")
        .team("ops", FRONT_LINE).team("hr", SUPPORT)
        .person("boss", "ops", null).person("h", "hr", "boss")
        .link("ops", "client").link("hr", "ops")
        .timedProcedure("order", "ops", List.of("client"), 2.0, 12.0)
        .timedProcedure("refund", "ops", List.of("client"), 10.0, 6.0)
        .timedProcedure("hire", "hr", List.of("ops"), 30.0, 36.0)
        .timedProcedure("badge", "hr", List.of(), 5.0, null)
        .build();
  }

  private final Diagnosis diagnosis = DiagnosisEngine.diagnose(organization());

  @Test
  void perProcedureTeamAndOrganisation() {
    assertThat(diagnosis.procedure(0).id()).isEqualTo("badge");
    assertThat(diagnosis.procedure(0).flowEfficiency()).as("no work stated: left out").isNull();
    assertThat(diagnosis.procedure(1).flowEfficiency()).isEqualTo(0.05);
    assertThat(diagnosis.procedure(2).flowEfficiency()).isEqualTo(0.25);
    assertThat(diagnosis.procedure(3).flowEfficiency()).isEqualTo(0.025);
    assertThat(diagnosis.procedure(3).leadTimeDays()).isEqualTo(10.0);
    assertThat(diagnosis.procedure(3).workHours()).isEqualTo(6.0);
    assertThat(diagnosis.teamProcedures("ops").orElseThrow().flowEfficiency()).isEqualTo(0.0625);
    assertThat(diagnosis.teamProcedures("ops").orElseThrow().timedProcedures()).isEqualTo(2);
    assertThat(diagnosis.teamProcedures("hr").orElseThrow().flowEfficiency()).isEqualTo(0.05);
    assertThat(diagnosis.teamProcedures("hr").orElseThrow().timedProcedures()).isEqualTo(1);
    assertThat(diagnosis.bureaucracy().flow()).isEqualTo(new FlowFigures(3, 54.0 / 1008, 0.05, List.of("refund")));
  }

  @Test
  void theFindingNamesTheProcedureBelowTheFloorInBothLanguages() {
    List<Finding> low = diagnosis.findings().stream().filter(f -> f.code().equals("LOW_FLOW_EFFICIENCY")).toList();
    assertThat(low).extracting(Finding::subject).containsExactly(new Subject.Procedure("refund", "ops"));
    assertThat(low.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(low.get(0).message(Locale.ENGLISH)).isEqualTo("Procedure Procedure refund of Team ops takes 10 days"
        + " for 6 hours of work: 2.5 % of its time is work, below 5 %. Cut the waits between its steps and"
        + " signatures, not the work.");
    assertThat(low.get(0).message(Locale.FRENCH)).startsWith("La procédure Procedure refund de Team ops prend 10"
        + " jours pour 6 heures de travail : le travail n’occupe que 2,5 % de son délai, moins de 5 %.");
  }

  @Test
  void aHigherFloorCatchesTheHiringToo() {
    Diagnosis strict = DiagnosisEngine.diagnose(organization().withSettings(new Settings(8, 2).withMinFlowEfficiency(0.06)));
    assertThat(strict.bureaucracy().flow().lowFlowEfficiency()).containsExactly("hire", "refund");
    Diagnosis off = DiagnosisEngine.diagnose(organization().withSettings(new Settings(8, 2).withMinFlowEfficiency(0)));
    assertThat(off.findings()).extracting(Finding::code).doesNotContain("LOW_FLOW_EFFICIENCY");
  }

  @Test
  void theJsonGivesEveryFigureAndNullWhereNothingIsStated() {
    StringWriter out = new StringWriter();
    DiagnosisJson.write(diagnosis, out, false, Locale.ENGLISH);
    JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
    assertThat(doc.at("/bureaucracy/timedProcedures").asInt()).isEqualTo(3);
    assertThat(doc.at("/bureaucracy/flowEfficiency").asDouble()).isEqualTo(3.0 / 56);
    assertThat(doc.at("/bureaucracy/minFlowEfficiency").asDouble()).isEqualTo(0.05);
    assertThat(doc.at("/bureaucracy/lowFlowEfficiency/0").asString()).isEqualTo("refund");
    assertThat(doc.at("/procedures/0/workHours").isNull()).isTrue();
    assertThat(doc.at("/procedures/0/flowEfficiency").isNull()).isTrue();
    assertThat(doc.at("/procedures/3/flowEfficiency").asDouble()).isEqualTo(0.025);
    assertThat(doc.at("/teams/1/id").asString()).isEqualTo("ops");
    assertThat(doc.at("/teams/1/flowEfficiency").asDouble()).isEqualTo(0.0625);
  }
}
