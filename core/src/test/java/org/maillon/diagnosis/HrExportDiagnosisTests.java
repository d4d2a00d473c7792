package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.hierarchy.SpanStats;
import org.maillon.modelfile.ModelFiles;
import org.maillon.testing.HrExports;
import org.maillon.valuechain.ValueChainFigures;

/**
 * An HR system's export, read as it is, diagnosed with the figures computed by hand from
 * {@code src/test/resources/hr-export}: King (100) manages Yang (101), Garcia (102) and Singh (145);
 * Yang manages Gruenberg (108) and Whalen (200); Garcia manages James (103), who manages Miller
 * (104); Gruenberg manages Faviet (109) and Gietz (206); Singh manages O'Connell (150), Bernstein
 * (151) and Grant (178), who has no department. An export holds no links nor final customers.
 */
class HrExportDiagnosisTests {

  private final Diagnosis diagnosis =
      DiagnosisEngine.diagnose(ModelFiles.read(HrExports.handMade(), Locale.ENGLISH).organization());

  @Test
  void hierarchyFigures() {
    HierarchyFigures h = diagnosis.hierarchy();
    assertThat(diagnosis.headcount()).isEqualTo(13);
    assertThat(h.headcountByLevel()).containsExactly(1, 3, 6, 3);
    assertThat(h.layers()).isEqualTo(4);
    assertThat(h.levelsBetweenTopAndBase()).isEqualTo(2);
    assertThat(h.managers()).isEqualTo(6);
    assertThat(h.managerRatio()).isEqualTo(6.0 / 13);
    assertThat(h.span()).as("spans 1, 1, 2, 2, 3, 3").isEqualTo(new SpanStats(1, 3, 2.0, 2.0));
    assertThat(h.narrowSpanManagers()).containsExactly("101", "102", "103", "108");
    assertThat(h.passThroughManagers()).containsExactly("102");
    assertThat(h.levelsNeeded()).as("8^2 >= 13").isEqualTo(1);
    assertThat(h.excessLevels()).isEqualTo(1);
    assertThat(h.tops()).containsExactly("100");
    assertThat(h.officers()).isEqualTo(5);
  }

  @Test
  void valueChainFiguresSortIdsAsText() {
    ValueChainFigures v = diagnosis.valueChain();
    assertThat(List.of(v.teams(), v.frontLineTeams(), v.coreTeams(), v.supportTeams(), v.finalCustomers(), v.links()))
        .containsExactly(7, 0, 7, 0, 0, 0);
    assertThat(v.disconnectedTeams()).containsExactly("10", "100", "120", "250", "60", "80", "90");
    assertThat(v.hopsDistribution()).containsExactly(Map.entry("unreachable", 13));
    assertThat(diagnosis.team("100").orElseThrow().members()).containsExactly("108", "109", "206");
    assertThat(diagnosis.team("250").orElseThrow().members()).isEmpty();
  }

  @Test
  void findingsMostSevereFirstThenByCode() {
    assertThat(diagnosis.findings()).extracting(f -> f.code() + " " + f.subject().text()).containsExactly(
        "DISCONNECTED_TEAM 10", "DISCONNECTED_TEAM 100", "DISCONNECTED_TEAM 120", "DISCONNECTED_TEAM 250",
        "DISCONNECTED_TEAM 60", "DISCONNECTED_TEAM 80", "DISCONNECTED_TEAM 90",
        "NO_FINAL_CUSTOMER organization",
        "EXCESS_LEVELS organization",
        "PASS_THROUGH_MANAGER 102",
        "TEAM_WITHOUT_CUSTOMER 10", "TEAM_WITHOUT_CUSTOMER 100", "TEAM_WITHOUT_CUSTOMER 120",
        "TEAM_WITHOUT_CUSTOMER 250", "TEAM_WITHOUT_CUSTOMER 60", "TEAM_WITHOUT_CUSTOMER 80", "TEAM_WITHOUT_CUSTOMER 90",
        "EMPTY_TEAM 120", "EMPTY_TEAM 250",
        "NARROW_SPAN 101", "NARROW_SPAN 102", "NARROW_SPAN 103", "NARROW_SPAN 108",
        "PERSON_WITHOUT_TEAM 178");
  }
}
