package org.maillon.server.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/**
 * The fold on a five-person model worked out by hand: alice leads sales, bob (under alice) leads
 * it and approves its procedure, carl and dora report to bob, erin to carl.
 */
class ScimFoldTests {

  static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
  static final Organization MODEL = new Organization("Contoso", null, List.of(), List.of(),
      List.of(new Team("sales", "Sales", TeamKind.CORE, "sales", "alice"),
          new Team("it", "IT", TeamKind.CORE, "it", "bob")),
      List.of(new Person("alice", "Alice", null, "sales", null), new Person("bob", "Bob", null, "it", "alice"),
          new Person("carl", "Carl", null, "it", "bob"), new Person("dora", "Dora", null, "it", "bob"),
          new Person("erin", "Erin", null, "sales", "carl")),
      List.of(), List.of(new Procedure("buy", "it", "Buying", 2, List.of("bob"), List.of())));

  @Test
  void aLeaversReportsMoveUpTheirTeamLosesItsLeadAndTheirApprovalsGoToTheirManager() {
    Organization folded = ScimFold.apply(MODEL, List.of(user("bob", "alice", "IT", false),
        user("carl", "bob", null, false)), Map.of());

    assertThat(folded.people()).extracting(Person::id).containsExactly("alice", "dora", "erin");
    assertThat(folded.people()).extracting(Person::manager).containsExactly(null, "alice", "alice");
    assertThat(folded.teams()).extracting(Team::lead).containsExactly("alice", null);
    assertThat(folded.procedures().get(0).approvals()).containsExactly("alice");
  }

  @Test
  void aMappedDepartmentGivesTheTeamAnUnmappedOneKeepsTheTeamOrNoneForNewPeople() {
    Organization folded = ScimFold.apply(MODEL, List.of(user("dora", "alice", "Sales", true),
        user("erin", "alice", "Marketing", true), user("fred", "erin", "Marketing", true)), Map.of("Sales", "sales"));

    assertThat(folded.people()).extracting(Person::id, Person::team, Person::manager).containsExactly(
        tuple("alice", "sales", null),
        tuple("bob", "it", "alice"),
        tuple("carl", "it", "bob"),
        tuple("dora", "sales", "alice"),
        tuple("erin", "sales", "alice"),
        tuple("fred", null, "erin"));
  }

  @Test
  void foldingTwiceGivesTheSameModel() {
    List<ScimUser> users = List.of(user("bob", "alice", "IT", false), user("fred", "erin", null, true));
    Organization once = ScimFold.apply(MODEL, users, Map.of());
    assertThat(ScimFold.apply(once, users, Map.of())).isEqualTo(once);
  }

  @Test
  void theCycleCheckWalksTheModelWithTheDirectorysManagers() {
    ReportingLines lines = new ReportingLines(id -> Map.of("bob", "alice", "carl", "bob", "erin", "carl").get(id));
    assertThat(lines.closesCycle("alice", "erin")).isTrue();
    assertThat(lines.closesCycle("carl", "carl")).isTrue();
    assertThat(lines.closesCycle("erin", "bob")).isFalse();
  }

  private static ScimUser user(String id, String manager, String department, boolean active) {
    return new ScimUser(id, id + "@contoso.com", null, null, null, Character.toUpperCase(id.charAt(0))
        + id.substring(1), null, department, manager, null, active, false, AT, AT);
  }
}
