package org.maillon.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import org.maillon.valuechain.ValueChainFigures;

/** A synthetic organisation has the shape its Javadoc promises, within tolerances. */
class SyntheticShapeTests {

  private static final int PEOPLE = 50_000;
  private final Organization organization = SyntheticOrganization.generate(PEOPLE, 2026);
  private final Diagnosis diagnosis = DiagnosisEngine.diagnose(organization);

  @Test
  void spansSpreadAroundEightWithUnevenDepth() {
    HierarchyFigures hierarchy = diagnosis.hierarchy();
    assertThat(organization.people()).hasSize(PEOPLE);
    assertThat(hierarchy.span().mean()).isBetween(7.0, 10.0);
    assertThat(hierarchy.span().min()).isEqualTo(1);
    assertThat(hierarchy.span().max()).isBetween(13, 15);
    assertThat(hierarchy.tops()).containsExactly("p1");
    assertThat(hierarchy.layers()).isBetween(6, 12);
    assertThat(hierarchy.narrowSpanManagers()).isNotEmpty();
    long depthsWithLeaves = organization.people().stream()
        .map(p -> diagnosis.person(p.id()).orElseThrow())
        .filter(p -> p.directReports().isEmpty())
        .mapToInt(PersonFigures::depth).distinct().count();
    assertThat(depthsWithLeaves).as("depths at which people manage nobody").isGreaterThanOrEqualTo(hierarchy.layers() - 2);
  }

  @Test
  void aboutTenPeoplePerTeamAndAFifthInSupport() {
    Map<String, TeamKind> kinds = organization.teams().stream().collect(Collectors.toMap(Team::id, Team::kind));
    long support = organization.people().stream().filter(p -> kinds.get(p.team()) == TeamKind.SUPPORT).count();
    assertThat((double) PEOPLE / organization.teams().size()).isBetween(8.0, 12.0);
    assertThat((double) support / PEOPLE).isBetween(0.14, 0.26);
    assertThat(organization.people()).allMatch(p -> p.team() != null);
  }

  @Test
  void aboutThreeLinksPerTeamWithPartnersCustomersAndUnreachableTeams() {
    ValueChainFigures chain = diagnosis.valueChain();
    long teamLinks = organization.links().stream().filter(l -> !l.from().startsWith("partner-")).count();
    assertThat((double) teamLinks / organization.teams().size()).isBetween(2.5, 3.5);
    assertThat(organization.customers()).hasSizeBetween(2, 12);
    assertThat(organization.partners()).isNotEmpty();
    assertThat(chain.disconnectedTeams()).isNotEmpty().hasSizeLessThan(organization.teams().size() / 50);
    assertThat(chain.teamsWithoutCustomer()).isNotEmpty();
    assertThat(chain.inversions()).isNotEmpty();
    assertThat(chain.frontLineWithoutFinalCustomer()).isNotEmpty();
    assertThat(chain.hopsDistribution()).containsKeys("1", "2", "3", "unreachable");
  }

  @Test
  void teamsServeEachOtherInCycles() {
    Map<String, Integer> remainingSuppliers = new HashMap<>();
    organization.teams().forEach(t -> remainingSuppliers.put(t.id(), 0));
    Set<String> teams = remainingSuppliers.keySet();
    organization.links().stream().filter(l -> teams.contains(l.from()) && teams.contains(l.to()))
        .forEach(l -> remainingSuppliers.merge(l.to(), 1, Integer::sum));
    assertThat(teamsOutsideAnyOrder(remainingSuppliers)).as("teams on or after a cycle").isPositive();
  }

  /** Kahn's algorithm: the teams that no topological order can place are on or downstream of a cycle. */
  private long teamsOutsideAnyOrder(Map<String, Integer> remainingSuppliers) {
    Map<String, List<String>> customers = organization.links().stream()
        .filter(l -> remainingSuppliers.containsKey(l.from()) && remainingSuppliers.containsKey(l.to()))
        .collect(Collectors.groupingBy(Link::from, Collectors.mapping(Link::to, Collectors.toList())));
    ArrayDeque<String> ready = remainingSuppliers.entrySet().stream().filter(e -> e.getValue() == 0)
        .map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayDeque::new));
    long placed = 0;
    while (!ready.isEmpty()) {
      placed++;
      for (String customer : customers.getOrDefault(ready.poll(), List.of())) {
        if (remainingSuppliers.merge(customer, -1, Integer::sum) == 0) {
          ready.add(customer);
        }
      }
    }
    return remainingSuppliers.size() - placed;
  }

  @Test
  void someExpectationsAreUncoveredAndSomeCommitmentsUnasked() {
    long expectations = organization.links().stream().mapToLong(l -> l.expectations().size()).sum();
    long answered = organization.links().stream()
        .mapToLong(l -> l.commitments().stream().mapToLong(c -> c.answers().size()).sum()).sum();
    long unasked = organization.links().stream()
        .mapToLong(l -> l.commitments().stream().filter(c -> c.answers().isEmpty()).count()).sum();
    assertThat((double) answered / expectations).isBetween(0.7, 0.9);
    assertThat((double) unasked / organization.links().size()).isBetween(0.1, 0.3);
  }

  @Test
  void everyTeamIsLedByOneOfItsMembersOrTheirManager() {
    Map<String, Person> people = organization.people().stream().collect(Collectors.toMap(Person::id, p -> p));
    for (Team team : organization.teams()) {
      assertThat(people).containsKey(team.lead());
    }
  }
}
