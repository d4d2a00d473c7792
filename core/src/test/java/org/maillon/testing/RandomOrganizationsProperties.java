package org.maillon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Team;

/**
 * The generator must only produce organisations the model validation of docs/model-format.md accepts (a
 * differential test on invalid input proves nothing), and must reach the awkward shapes it promises;
 * the coverage checks fail when a change of the generator stops producing them.
 */
class RandomOrganizationsProperties {

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  @Property(tries = 2000)
  void everyOrganizationIsValid(@ForAll("organizations") Organization organization) {
    Set<String> nodes = new HashSet<>();
    organization.customers().stream().map(FinalCustomer::id).forEach(id -> assertThat(nodes.add(id)).isTrue());
    organization.partners().stream().map(Partner::id).forEach(id -> assertThat(nodes.add(id)).isTrue());
    organization.teams().stream().map(Team::id).forEach(id -> assertThat(nodes.add(id)).isTrue());
    Map<String, Person> people = new HashMap<>();
    organization.people().forEach(p -> assertThat(people.put(p.id(), p)).isNull());
    for (Person person : organization.people()) {
      assertThat(person.manager() == null || people.containsKey(person.manager())).isTrue();
      assertThat(person.team() == null || isTeam(organization, person.team())).isTrue();
      assertNoReportingCycleAbove(person, people);
    }
    organization.teams().forEach(t -> assertThat(t.lead() == null || people.containsKey(t.lead())).isTrue());
    Set<List<String>> ends = new HashSet<>();
    for (Link link : organization.links()) {
      assertValidLink(organization, link);
      assertThat(ends.add(List.of(link.from(), link.to()))).as("duplicate link").isTrue();
    }
    label(organization);
  }

  private static void assertNoReportingCycleAbove(Person person, Map<String, Person> people) {
    Set<String> seen = new HashSet<>();
    for (Person p = person; p.manager() != null; p = people.get(p.manager())) {
      assertThat(seen.add(p.id())).as("reporting cycle through %s", p.id()).isTrue();
    }
  }

  private static void assertValidLink(Organization organization, Link link) {
    boolean fromPartner = organization.partners().stream().anyMatch(p -> p.id().equals(link.from()));
    boolean toCustomer = organization.customers().stream().anyMatch(c -> c.id().equals(link.to()));
    assertThat(isTeam(organization, link.from()) || fromPartner).as("from %s", link.from()).isTrue();
    assertThat(isTeam(organization, link.to()) || toCustomer).as("to %s", link.to()).isTrue();
    assertThat(link.from()).isNotEqualTo(link.to());
    Set<String> expectationIds = new HashSet<>();
    link.expectations().stream().map(Expectation::id).forEach(id -> assertThat(expectationIds.add(id)).isTrue());
    for (Commitment commitment : link.commitments()) {
      assertThat(expectationIds).containsAll(commitment.answers());
    }
  }

  private static boolean isTeam(Organization organization, String id) {
    return organization.teams().stream().anyMatch(t -> t.id().equals(id));
  }

  private static void label(Organization organization) {
    long tops = organization.people().stream().filter(p -> p.manager() == null).count();
    Statistics.label("several tops").collect(tops > 1);
    Statistics.label("person without team").collect(organization.people().stream().anyMatch(p -> p.team() == null));
    Statistics.label("partner").collect(!organization.partners().isEmpty());
    Statistics.label("no final customer").collect(organization.customers().isEmpty());
    Statistics.label("unanswered commitment").collect(organization.links().stream()
        .flatMap(l -> l.commitments().stream()).anyMatch(c -> c.answers().isEmpty()));
    Statistics.label("person id equals a team id").collect(organization.people().stream()
        .anyMatch(p -> isTeam(organization, p.id())));
  }

  /**
   * Coverage is a statistic: drawn afresh on every run, "ids 10 and 9" (about 4.7% of organisations)
   * fell to 3.0% once and failed. A fixed seed makes the run the same every time, and each bound is
   * about half the rate measured over eight seeds (tops 48–53%, 30+ people 13–15%, team cycles
   * 20–25%, ids 10 and 9 4.1–6.0%), so that a change of the generator fails only when it loses a
   * shape, not when it merely draws other organisations.
   */
  @Property(tries = 1000, seed = "20260601")
  void awkwardShapesAreCovered(@ForAll("organizations") Organization organization) {
    Statistics.label("several tops").collect(organization.people().stream().filter(p -> p.manager() == null).count() > 1)
        .coverage(c -> c.check(true).percentage(p -> p > 25));
    Statistics.label("30+ people").collect(organization.people().size() >= 30)
        .coverage(c -> c.check(true).percentage(p -> p > 6));
    Statistics.label("team cycle").collect(hasTwoWayLink(organization))
        .coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("ids 10 and 9").collect(organization.people().stream().anyMatch(p -> p.id().equals("10"))
            && organization.people().stream().anyMatch(p -> p.id().equals("9")))
        .coverage(c -> c.check(true).percentage(p -> p > 2));
  }

  private static boolean hasTwoWayLink(Organization organization) {
    Set<List<String>> ends = new HashSet<>();
    organization.links().forEach(l -> ends.add(List.of(l.from(), l.to())));
    return organization.links().stream().anyMatch(l -> ends.contains(List.of(l.to(), l.from())));
  }
}
