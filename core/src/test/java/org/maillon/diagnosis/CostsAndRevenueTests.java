package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.diff.DiffNames;
import org.maillon.diff.FigureChange;
import org.maillon.diff.VersionDiff;
import org.maillon.hierarchy.LayerCosts;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.testing.HandWrittenOrganization;
import org.maillon.valuechain.RevenueReach;
import org.junit.jupiter.api.Test;

/**
 * What the layers cost and what revenue each team reaches, computed by hand on seven people:
 *
 * <pre>
 *   ceo 200 ─ vp 150 ─┬ m1 100 ─ a 50, b (no cost)     auditor 80 (second top)
 *                     └ c 60
 *   sales → retail 300, pro 100     shop → retail, sales     it → shop     legal (no link)
 * </pre>
 */
class CostsAndRevenueTests {

  private static final Map<String, Double> COSTS =
      Map.of("ceo", 200.0, "vp", 150.0, "m1", 100.0, "a", 50.0, "c", 60.0, "auditor", 80.0);

  static Organization organization(Double proRevenue) {
    Organization plain = HandWrittenOrganization.organization("Costs")
        .customer("retail").customer("pro")
        .team("sales", FRONT_LINE).team("shop", FRONT_LINE).team("it", SUPPORT).team("legal", SUPPORT)
        .person("ceo", "sales", null).person("vp", "sales", "ceo").person("m1", "shop", "vp")
        .person("a", "shop", "m1").person("b", "shop", "m1").person("c", "it", "vp").person("auditor", "legal", null)
        .link("sales", "retail").link("sales", "pro").link("shop", "retail").link("shop", "sales").link("it", "shop")
        .build();
    List<Person> people = plain.people().stream()
        .map(p -> new Person(p.id(), p.name(), p.title(), p.team(), p.manager(), null, COSTS.get(p.id()))).toList();
    List<FinalCustomer> customers = List.of(new FinalCustomer("retail", "Retail", 300.0),
        new FinalCustomer("pro", "Pro", proRevenue));
    return new Organization(plain.name(), plain.settings(), customers, plain.partners(), plain.teams(), people,
        plain.links(), plain.procedures());
  }

  @Test
  void layersCostTheStatedCostsOfTheirPeopleAndManagementItsManagers() {
    LayerCosts costs = DiagnosisEngine.diagnose(organization(100.0)).hierarchy().costs();

    assertThat(costs.peopleWithCost()).isEqualTo(6); // b states none: left out, not guessed
    // depth 0: ceo 200 + auditor 80; 1: vp 150; 2: m1 100 + c 60; 3: a 50
    assertThat(costs.byLayer()).containsExactly(280.0, 150.0, 160.0, 50.0);
    assertThat(costs.total()).isEqualTo(640.0); // 280 + 150 + 160 + 50
    assertThat(costs.management()).isEqualTo(450.0); // ceo 200 + vp 150 + m1 100
    assertThat(costs.managementShare()).isEqualTo(0.703125); // 450 / 640
  }

  @Test
  void withoutAnyStatedCostTheCostsAreLeftOut() {
    Organization organization = organization(100.0);
    List<Person> noCost = organization.people().stream()
        .map(p -> new Person(p.id(), p.name(), p.title(), p.team(), p.manager())).toList();
    Organization without = new Organization(organization.name(), organization.settings(), organization.customers(),
        organization.partners(), organization.teams(), noCost, organization.links(), organization.procedures());

    assertThat(DiagnosisEngine.diagnose(without).hierarchy().costs()).isNull();
  }

  @Test
  void eachTeamReachesTheRevenueOfItsFinalCustomersByDistance() {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization(100.0));

    // sales serves retail and pro directly: 300 + 100 at 1 link
    assertThat(reach(diagnosis, "sales")).isEqualTo(new RevenueReach(2, 400.0, Map.of(1, 1.0)));
    // shop → retail (1 link, 300), shop → sales → pro (2 links, 100): 300 / 400 and 100 / 400
    assertThat(reach(diagnosis, "shop")).isEqualTo(new RevenueReach(2, 400.0, Map.of(1, 0.75, 2, 0.25)));
    // it → shop → retail (2), it → shop → sales → pro (3)
    assertThat(reach(diagnosis, "it")).isEqualTo(new RevenueReach(2, 400.0, Map.of(2, 0.75, 3, 0.25)));
    assertThat(reach(diagnosis, "legal")).isNull(); // reaches no final customer
  }

  @Test
  void aCustomerWithoutRevenueIsLeftOutOfTheReach() {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization(null));

    // shop still reaches pro, whose revenue is not stated: only retail's 300, all at 1 link
    assertThat(reach(diagnosis, "shop")).isEqualTo(new RevenueReach(1, 300.0, Map.of(1, 1.0)));
  }

  @Test
  void removingTheVicePresidentSavesTheirCostAndALayer() {
    Organization before = organization(100.0);
    Organization after = new Organization(before.name(), before.settings(), before.customers(), before.partners(),
        before.teams(), before.people().stream().filter(p -> !p.id().equals("vp"))
            .map(p -> "vp".equals(p.manager()) ? new Person(p.id(), p.name(), p.title(), p.team(), "ceo", null,
                p.cost()) : p).toList(), before.links(), before.procedures());

    VersionDiff diff = VersionDiff.between(DiagnosisEngine.diagnose(before), DiagnosisEngine.diagnose(after));

    assertThat(diff.costSaving()).isEqualTo(150.0); // 640 − 490
    // m1 and c move up to depth 1 (160), a to depth 2 (50); depth 3 is gone
    assertThat(moved(diff, "byLayer", "1")).isEqualTo(new FigureChange(List.of("hierarchy", "costs", "byLayer", "1"),
        150.0, 160.0));
    assertThat(moved(diff, "byLayer", "3").after()).isNull();
    // management: ceo 200 + m1 100 = 300 of 490
    assertThat(moved(diff, "management").after().doubleValue()).isEqualTo(300.0);
    assertThat(moved(diff, "managementShare").after().doubleValue()).isCloseTo(300.0 / 490, within(1e-12));
  }

  @Test
  void everyCostFigureIsNamedInBothLanguages() {
    Organization organization = organization(100.0);
    VersionDiff diff = VersionDiff.between(DiagnosisEngine.diagnose(organization), DiagnosisEngine.diagnose(organization));
    List<FigureChange> costs = diff.figures().stream().filter(f -> f.path().contains("costs")).toList();

    assertThat(costs).hasSize(8); // peopleWithCost, total, 4 layers, management, managementShare
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      costs.forEach(f -> assertThat(new DiffNames(locale).figure(f)).isNotBlank());
    }
    assertThat(new DiffNames(Locale.FRENCH).figure(costs.get(3))).isEqualTo("Coût annuel du niveau 1");
  }

  private static RevenueReach reach(Diagnosis diagnosis, String team) {
    return diagnosis.team(team).orElseThrow().revenueReached();
  }

  private static FigureChange moved(VersionDiff diff, String... name) {
    List<String> path = new ArrayList<>(List.of("hierarchy", "costs"));
    path.addAll(List.of(name));
    return diff.movedFigures().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }
}
