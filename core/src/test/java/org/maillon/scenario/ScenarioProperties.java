package org.maillon.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.maillon.graph.Depths;
import org.maillon.graph.OrgGraph;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;
import org.maillon.testing.RandomOrganizations;

/** What delayering and an empty scenario keep, on organisations of any shape. */
class ScenarioProperties {

  @Property(tries = 200)
  void removingALayerKeepsEveryoneButItsManagersAndLiftsThoseBelowByOne(
      @ForAll("organizations") Organization organization, @ForAll @IntRange(min = 0, max = 4) int layer) {
    Map<String, Integer> before = depths(organization);
    Map<String, Boolean> manages = new HashMap<>();
    organization.people().forEach(p -> {
      if (p.manager() != null) {
        manages.put(p.manager(), true);
      }
    });
    List<String> leaving = organization.people().stream().map(Person::id)
        .filter(id -> before.get(id) == layer && manages.containsKey(id)).toList();
    if (leaving.isEmpty()) {
      return;
    }

    Organization after = ScenarioTests.scenario("operations:\n  - removeLayer: " + layer + "\n").applyTo(organization);

    Map<String, Integer> depths = depths(after);
    assertThat(after.people()).hasSize(organization.people().size() - leaving.size());
    assertThat(depths).doesNotContainKeys(leaving.toArray(String[]::new));
    depths.forEach((id, depth) -> assertThat(depth).as(id).isEqualTo(before.get(id) > layer ? before.get(id) - 1
        : before.get(id)));
    assertThat(readBack(after).people()).hasSameSizeAs(after.people());
  }

  @Property(tries = 200)
  void mergingTwoTeamsGivesAValidModelWithTheSamePeople(@ForAll("organizations") Organization organization,
      @ForAll @IntRange(min = 0, max = 13) int into, @ForAll @IntRange(min = 0, max = 13) int from) {
    List<Team> teams = organization.teams();
    if (into == from || Math.max(into, from) >= teams.size()) {
      return;
    }
    Operation merge = new Operation.MergeTeams(new Place(1, 1), teams.get(into).id(), teams.get(from).id());

    Organization after = new Scenario(null, List.of(merge), new ScenarioProblems("s.yaml", Locale.ENGLISH))
        .applyTo(organization);

    assertThat(after.teams()).hasSize(teams.size() - 1);
    assertThat(after.people()).hasSameSizeAs(organization.people());
    assertThat(after.links()).noneMatch(l -> l.from().equals(teams.get(from).id()) || l.to().equals(teams.get(from).id()));
    assertThat(readBack(after).links()).hasSameSizeAs(after.links());
  }

  @Property(tries = 100)
  void anEmptyScenarioChangesNothing(@ForAll("organizations") Organization organization) {
    assertThat(ScenarioTests.scenario("operations: []\n").applyTo(organization)).isEqualTo(organization);
  }

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  /** Each person's depth; computing them refuses a reporting cycle. */
  private static Map<String, Integer> depths(Organization organization) {
    List<Person> people = organization.people();
    Map<String, Integer> number = new HashMap<>();
    for (int p = 0; p < people.size(); p++) {
      number.put(people.get(p).id(), p);
    }
    int[] depth = Depths.of(people.size(), p -> people.get(p).manager() == null ? OrgGraph.NONE
        : number.get(people.get(p).manager()), p -> people.get(p).id());
    Map<String, Integer> byId = new HashMap<>();
    for (int p = 0; p < people.size(); p++) {
      byId.put(people.get(p).id(), depth[p]);
    }
    return byId;
  }

  /** The organisation written and read back: read back only if valid (no cycle, no dangling id). */
  private static Organization readBack(Organization organization) {
    StringWriter yaml = new StringWriter();
    ModelWriter.writeYaml(organization, yaml);
    return ModelFiles.read("m.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)
        .organization();
  }
}
