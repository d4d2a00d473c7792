package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.data.Offset;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.model.Organization;
import org.maillon.model.Procedure;
import org.maillon.testing.RandomOrganizations;

/** Relations the bureaucratisation figures keep on any valid organisation. */
class BureaucracyProperties {

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  @Property
  void internalControlsAreAtMostTheProcedures(@ForAll("organizations") Organization organization) {
    BureaucracyFigures b = DiagnosisEngine.diagnose(organization).bureaucracy();
    assertThat(b.internalControls().size()).isBetween(0, b.procedures());
  }

  @Property
  void onlyProceduresWithApprovalsClimbOrWaitOnSupport(@ForAll("organizations") Organization organization) {
    BureaucracyFigures b = DiagnosisEngine.diagnose(organization).bureaucracy();
    Set<String> approved = organization.procedures().stream().filter(p -> !p.approvals().isEmpty())
        .map(Procedure::id).collect(Collectors.toSet());
    assertThat(approved).containsAll(b.climbingCircuits()).containsAll(b.frontLineApprovedBySupport());
    assertThat(b.supportApprovalsOnFrontLine()).isBetween(b.frontLineApprovedBySupport().size(), b.approvals());
  }

  @Property
  void approvalsPerProcedureAddUp(@ForAll("organizations") Organization organization) {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization);
    BureaucracyFigures b = diagnosis.bureaucracy();
    assertThat(b.approvalsPerProcedure().mean() * b.procedures()).isCloseTo(b.approvals(), within());
    assertThat((double) b.approvalsPerProcedure().max()).isGreaterThanOrEqualTo(b.approvalsPerProcedure().mean());
    int perTeam = 0;
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      perTeam += diagnosis.teamProcedures(rank).procedures().size();
    }
    assertThat(perTeam).isEqualTo(b.procedures());
  }

  @Property
  void anotherProcedureNeverLowersProceduresPer100People(@ForAll("organizations") Organization organization) {
    if (organization.teams().isEmpty()) {
      return;
    }
    String team = organization.teams().get(0).id();
    List<Procedure> more = new ArrayList<>(organization.procedures());
    more.add(new Procedure("one more procedure", team, "More", 1, List.of(), List.of()));
    Organization heavier = new Organization(organization.name(), organization.settings(), organization.customers(),
        organization.partners(), organization.teams(), organization.people(), organization.links(), more);
    Diagnosis before = DiagnosisEngine.diagnose(organization);
    Diagnosis after = DiagnosisEngine.diagnose(heavier);
    assertThat(after.bureaucracy().proceduresPer100People())
        .isGreaterThanOrEqualTo(before.bureaucracy().proceduresPer100People());
    Double teamBefore = before.teamProcedures(team).orElseThrow().proceduresPer100People();
    if (teamBefore != null) {
      assertThat(after.teamProcedures(team).orElseThrow().proceduresPer100People()).isGreaterThan(teamBefore);
    }
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-9);
  }
}
