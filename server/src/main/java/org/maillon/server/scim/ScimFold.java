package org.maillon.server.scim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;

/**
 * What the SCIM users make of a model: each staying user becomes, or changes, the person of their
 * id (name, title, email, manager; their team through the department map, or the team they had
 * when their department is unmapped); leavers (deactivated or deleted) go, their reports then
 * report to the first manager above them who stays, a team they led has no lead, and a procedure
 * they approved is approved by that manager instead. People SCIM never named stay as they are.
 * Applied to the whole SCIM state each time, so that folding twice gives the same model.
 */
final class ScimFold {

  private ScimFold() {}

  static Organization apply(Organization model, List<ScimUser> users, Map<String, String> departments) {
    Map<String, Person> had = model.people().stream()
        .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, ScimUser> scim = users.stream()
        .collect(Collectors.toMap(ScimUser::id, Function.identity(), (a, b) -> b, LinkedHashMap::new));
    Set<String> teams = model.teams().stream().map(Team::id).collect(Collectors.toSet());
    Map<String, Person> people = new LinkedHashMap<>(had);
    for (ScimUser user : scim.values()) {
      if (user.staying()) {
        people.put(user.id(), person(user, had.get(user.id()), departments, teams));
      } else {
        people.remove(user.id());
      }
    }
    ReportingLines lines = lines(scim, had);
    people.replaceAll((id, person) -> withManager(person, lines.firstStaying(person.manager(), people::containsKey)));
    List<Team> led = model.teams().stream()
        .map(team -> team.lead() == null || people.containsKey(team.lead()) ? team
            : new Team(team.id(), team.name(), team.kind(), team.function(), null))
        .toList();
    List<Procedure> procedures = model.procedures().stream()
        .map(procedure -> approvedBy(procedure, lines, people::containsKey)).toList();
    return new Organization(model.name(), model.settings(), model.customers(), model.partners(), led,
        List.copyOf(people.values()), model.links(), procedures);
  }

  /** The reporting lines of the model with the SCIM users': what the cycle check walks, too. */
  static ReportingLines lines(Map<String, ScimUser> scim, Map<String, Person> model) {
    return new ReportingLines(id -> {
      ScimUser user = scim.get(id);
      if (user != null) {
        return user.managerId();
      }
      Person person = model.get(id);
      return person == null ? null : person.manager();
    });
  }

  private static Person person(ScimUser user, Person had, Map<String, String> departments, Set<String> teams) {
    String mapped = user.department() == null ? null : departments.get(user.department());
    String team = mapped != null && teams.contains(mapped) ? mapped : had == null ? null : had.team();
    return new Person(user.id(), user.personName(), user.title() != null ? user.title() : had == null ? null
        : had.title(), team, user.managerId(), user.email() != null ? user.email() : had == null ? null : had.email(),
        had == null ? null : had.cost());
  }

  private static Person withManager(Person person, String manager) {
    return Objects.equals(manager, person.manager()) ? person
        : new Person(person.id(), person.name(), person.title(), person.team(), manager, person.email(), person.cost());
  }

  private static Procedure approvedBy(Procedure procedure, ReportingLines lines, Predicate<String> stays) {
    if (procedure.approvals().stream().allMatch(stays)) {
      return procedure;
    }
    List<String> approvals = procedure.approvals().stream().map(approver -> lines.firstStaying(approver, stays))
        .filter(Objects::nonNull).distinct().toList();
    return new Procedure(procedure.id(), procedure.team(), procedure.name(), procedure.steps(), approvals,
        procedure.serves(), procedure.leadTimeDays(), procedure.workHours());
  }
}
