package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillon.hierarchy.LayerCosts;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.testing.RandomOrganizations;
import org.maillon.valuechain.RevenueReach;
import org.maillon.valuechain.TeamFigures;

/** On random organisations (a quarter of the people state a cost, half the customers a revenue). */
class CostsAndRevenueProperties {

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  @Property(tries = 300)
  void layerCostsSumToTheTotalStatedCost(@ForAll("organizations") Organization organization) {
    LayerCosts costs = DiagnosisEngine.diagnose(organization).hierarchy().costs();
    long stated = organization.people().stream().map(Person::cost).filter(Objects::nonNull).count();
    double total = organization.people().stream().map(Person::cost).filter(Objects::nonNull)
        .mapToDouble(Double::doubleValue).sum();

    if (stated == 0) {
      assertThat(costs).isNull();
      return;
    }
    assertThat(costs.peopleWithCost()).isEqualTo(stated);
    assertThat(costs.total()).isCloseTo(total, within(1e-6));
    assertThat(costs.byLayer().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(costs.total(), within(1e-6));
    assertThat(costs.management()).isBetween(0.0, costs.total());
  }

  @Property(tries = 300)
  void revenueSharesAtEachDistanceSumToOneForATeamThatReachesAny(@ForAll("organizations") Organization organization) {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization);
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamFigures team = diagnosis.team(rank);
      RevenueReach reach = team.revenueReached();
      long stated = organization.customers().stream()
          .filter(c -> c.revenue() != null && team.finalCustomers().contains(c.id())).count();
      if (stated == 0) {
        assertThat(reach).isNull();
        continue;
      }
      double revenue = organization.customers().stream()
          .filter(c -> c.revenue() != null && team.finalCustomers().contains(c.id()))
          .mapToDouble(FinalCustomer::revenue).sum();
      assertThat(reach.customersWithRevenue()).isEqualTo(stated);
      assertThat(reach.revenue()).isCloseTo(revenue, within(1e-6));
      assertThat(reach.shareByHops().keySet()).allMatch(hops -> hops >= team.hopsToCustomer());
      if (revenue > 0) {
        assertThat(reach.shareByHops().values().stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(1.0, within(1e-9));
      }
    }
  }
}
