package org.maillon.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.maillon.model.TeamKind.CORE;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;
import org.maillon.testing.HandWrittenOrganization;

/**
 * Each operation on a small organisation, worked out by hand:
 *
 * <pre>
 *   ceo ─ vp ─┬ m1 ─ a, b        teams: sales (front line, led by vp), ops (core, led by m1),
 *             └ m2 ─ c                  it (support, led by m2)
 *   links: ops → sales, sales → retail, it → ops (expects "up"), it → sales, ops → it
 *   procedure order: ops, signed m1 then vp, serves sales
 * </pre>
 */
class ScenarioTests {

  static Organization small() {
    Organization built = HandWrittenOrganization.organization("Small").customer("retail")
        .team("sales", FRONT_LINE).team("ops", CORE).team("it", SUPPORT)
        .person("ceo", "sales", null).person("vp", "sales", "ceo")
        .person("m1", "ops", "vp").person("a", "ops", "m1").person("b", "ops", "m1")
        .person("m2", "it", "vp").person("c", "it", "m2")
        .link("ops", "sales").link("sales", "retail").link("it", "ops", List.of("up"), List.of("Up->up"))
        .link("it", "sales").link("ops", "it")
        .procedure("order", "ops", 2, List.of("m1", "vp"), List.of("sales"))
        .build();
    Map<String, String> leads = Map.of("sales", "vp", "ops", "m1", "it", "m2");
    List<Team> teams = built.teams().stream()
        .map(t -> new Team(t.id(), t.name(), t.kind(), t.function(), leads.get(t.id()))).toList();
    return new Organization(built.name(), built.settings(), built.customers(), built.partners(), teams,
        built.people(), built.links(), built.procedures());
  }

  static Scenario scenario(String yaml) {
    return Scenario.read("s.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH);
  }

  static Map<String, String> managers(Organization organization) {
    return organization.people().stream()
        .collect(Collectors.toMap(Person::id, p -> p.manager() == null ? "-" : p.manager()));
  }

  static Map<String, String> leads(Organization organization) {
    return organization.teams().stream().collect(Collectors.toMap(Team::id, t -> t.lead() == null ? "-" : t.lead()));
  }

  static List<String> links(Organization organization) {
    return organization.links().stream().map(l -> l.from() + ">" + l.to()).toList();
  }

  @Test
  void removingTheLayerAtDepthOneTakesTheVpAwayAndItsManagersGoUpToTheCeo() {
    Organization after = scenario("operations:\n  - removeLayer: 1\n").applyTo(small());

    assertThat(managers(after)).isEqualTo(Map.of("ceo", "-", "m1", "ceo", "a", "m1", "b", "m1", "m2", "ceo",
        "c", "m2"));
    assertThat(leads(after)).isEqualTo(Map.of("sales", "-", "ops", "m1", "it", "m2"));
    assertThat(after.procedures().get(0).approvals()).containsExactly("m1");
  }

  @Test
  void removingAManagerGivesTheirReportsToTheirManager() {
    Organization after = scenario("operations:\n  - removeManager: {person: m1}\n").applyTo(small());

    assertThat(managers(after)).containsEntry("a", "vp").containsEntry("b", "vp").doesNotContainKey("m1");
    assertThat(leads(after)).containsEntry("ops", "-");
    assertThat(after.procedures().get(0).approvals()).containsExactly("vp");
  }

  /** What-if's saving counts on it: a person whose manager changes still costs what they cost. */
  @Test
  void aPersonWhoMovesKeepsTheirEmailAndCost() {
    Organization small = small();
    Organization before = new Organization(small.name(), small.settings(), small.customers(), small.partners(),
        small.teams(), small.people().stream().map(p -> p.id().equals("a")
            ? new Person("a", p.name(), p.title(), p.team(), p.manager(), "a@example.org", 50.0) : p).toList(),
        small.links(), small.procedures());

    Organization after = scenario("operations:\n  - removeManager: {person: m1}\n").applyTo(before);

    Person a = after.people().stream().filter(p -> p.id().equals("a")).findFirst().orElseThrow();
    assertThat(a.manager()).isEqualTo("vp");
    assertThat(a.email()).isEqualTo("a@example.org");
    assertThat(a.cost()).isEqualTo(50.0);
  }

  @Test
  void aMoveAndATargetSpanApplyInOrder() {
    Organization after = scenario("""
        operations:
          - move: {person: a, manager: c}
          - move: {person: m2, manager: m1}
          - setTargetSpan: 3
        """).applyTo(small());

    assertThat(managers(after)).containsEntry("a", "c").containsEntry("m2", "m1");
    assertThat(after.settings().targetSpan()).isEqualTo(3);
  }

  @Test
  void mergingItIntoOpsMovesItsPeopleAndLinksAndDropsTheLinksBetweenThem() {
    Organization after = scenario("operations:\n  - mergeTeams: {into: ops, from: it}\n").applyTo(small());

    assertThat(after.teams()).extracting(Team::id).containsExactly("sales", "ops");
    assertThat(after.people()).filteredOn(p -> p.id().equals("m2") || p.id().equals("c"))
        .extracting(Person::team).containsOnly("ops");
    // it → ops and ops → it disappear; it → sales becomes ops → sales, merged with the one there
    assertThat(links(after)).containsExactly("ops>sales", "sales>retail");
    assertThat(after.procedures().get(0).serves()).containsExactly("sales");
  }

  @Test
  void givingATeamAnotherLeadMovesTheMembersWhoReportedToTheFormerOne() {
    Organization after = scenario("operations:\n  - moveTeam: {team: ops, lead: m2}\n").applyTo(small());

    assertThat(leads(after)).containsEntry("ops", "m2");
    assertThat(managers(after)).containsEntry("a", "m2").containsEntry("b", "m2").containsEntry("m1", "vp");
  }

  @Test
  void linksAreRelinkedAddedAndRemovedAndProceduresServeOnlyTheLinksLeft() {
    Organization after = scenario("""
        operations:
          - relink: {from: it, to: sales, newTo: retail}
          - addLink: {from: sales, to: it, delivers: Needs}
          - removeLink: {from: ops, to: sales}
        """).applyTo(small());

    assertThat(links(after)).containsExactly("sales>retail", "it>ops", "it>retail", "ops>it", "sales>it");
    assertThat(after.links().get(1).expectations()).hasSize(1);
    assertThat(after.links().get(4)).isEqualTo(new Link("sales", "it", "Needs", List.of(), List.of()));
    assertThat(after.procedures().get(0)).extracting(Procedure::serves).isEqualTo(List.of());
  }

  @Test
  void aJsonScenarioReadsAsTheYamlOne() {
    String json = "{\"operations\": [{\"removeManager\": {\"person\": \"m1\"}}]}";
    Scenario scenario = Scenario.read("s.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        Locale.ENGLISH);

    assertThat(scenario.applyTo(small())).isEqualTo(ScenarioTests.scenario("operations:\n  - removeManager: m1\n")
        .applyTo(small()));
  }

  @Test
  void anEmptyScenarioGivesTheSameOrganization() {
    assertThat(scenario("operations: []\n").applyTo(small())).isEqualTo(small());
  }

  @Test
  void anUnknownPersonAndACycleAreRefusedTogetherLocatedAndNothingIsApplied() {
    Scenario scenario = scenario("""
        name: Flatter
        operations:
          - move: {person: a, manager: c}
          - move: {person: nobody, manager: ceo}
          - move: {person: vp, manager: a}
        """);
    assertThat(scenario.name()).isEqualTo("Flatter");

    ModelRejectedException refused = catchThrowableOfType(ModelRejectedException.class,
        () -> scenario.applyTo(small()));

    assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
        "s.yaml:4:5: no person 'nobody' in the organisation (or no longer, after an earlier operation)",
        "s.yaml:5:5: putting vp under a would make a reporting cycle: a reports, directly or not, to vp");
  }

  @Test
  void aWronglyWrittenScenarioIsRefusedWithEveryProblemLocated() {
    ModelRejectedException refused = catchThrowableOfType(ModelRejectedException.class, () -> scenario("""
        operations:
          - fire: {person: a}
          - move: {person: a}
          - removeLayer: two
          - removeLink: {from: a, to: b, by: c}
        """));

    assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
        "s.yaml:2:5: unknown operation 'fire': move, removeManager, removeLayer, mergeTeams, moveTeam, relink, "
            + "addLink, removeLink or setTargetSpan",
        "s.yaml:3:5: 'move' needs its 'manager'",
        "s.yaml:4:18: 'depth' must be a whole number, not 'two'",
        "s.yaml:5:34: unknown field 'by'");
  }

  @Test
  void operationsThatCannotApplyToTheOrganizationSayWhy() {
    ModelRejectedException refused = catchThrowableOfType(ModelRejectedException.class, () -> scenario("""
        operations:
          - removeLayer: 3
          - mergeTeams: {into: ops, from: ops}
          - addLink: {from: retail, to: sales}
          - removeLink: {from: sales, to: ops}
          - setTargetSpan: 1
        """).applyTo(small()));

    assertThat(refused.problems()).extracting(Problem::message).containsExactly(
        "no manager at depth 3 (0 is the tops)",
        "a team cannot be merged into itself: ops",
        "'retail' cannot supply a link: it is neither a team nor a partner",
        "no link from sales to ops",
        "the target span must be at least 2, not 1");
  }
}
