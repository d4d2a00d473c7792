package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.model.Organization;
import org.maillon.testing.RandomOrganizations;

/**
 * Whatever the times stated, a flow efficiency is a share of the lead time: above 0 and at most 1
 * (the validator keeps the work within the lead time), and a team's, a ratio of sums, lies between
 * the least and the most efficient of its timed procedures.
 */
class FlowEfficiencyProperties {

  private static final double SLACK = 1e-12;

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  @Property(tries = 200)
  void efficienciesAreSharesAndTeamsLieBetweenTheirProcedures(@ForAll("organizations") Organization organization) {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization);
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      String team = diagnosis.team(rank).id();
      List<Double> own = procedures(diagnosis).stream().filter(p -> p.team().equals(team))
          .map(ProcedureFigures::flowEfficiency).filter(Objects::nonNull).toList();
      own.forEach(efficiency -> assertThat(efficiency).isGreaterThan(0).isLessThanOrEqualTo(1));
      TeamProcedures figures = diagnosis.teamProcedures(rank);
      assertThat(figures.timedProcedures()).isEqualTo(own.size());
      if (own.isEmpty()) {
        assertThat(figures.flowEfficiency()).isNull();
      } else {
        double min = own.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = own.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(figures.flowEfficiency()).isBetween(min - SLACK, max + SLACK);
      }
    }
  }

  private static List<ProcedureFigures> procedures(Diagnosis diagnosis) {
    return IntStream.range(0, diagnosis.procedureCount()).mapToObj(diagnosis::procedure).toList();
  }
}
