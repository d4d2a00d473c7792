package org.maillon.modelfile;

import java.util.List;
import org.maillon.graph.IdIndex;
import org.maillon.graph.LastLookup;
import org.maillon.graph.ResolvedIds;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.parallel.Forked;

/**
 * The rejection rules shared by every format, run once the model is bound: ids, references,
 * links, procedures, reporting cycles and lengths. Each problem is reported at the location the {@link SourceMap}
 * kept for it, and all of them are collected. It runs in time linear in the size of the model,
 * with hash lookups and int arrays, and without recursion, so that any depth of hierarchy fits.
 * The links are checked on another core while the people are; their problems are added where
 * they were before, so the order of the problems does not depend on the number of cores.
 */
final class ModelValidator {

  private final Organization organization;
  private final SourceMap source;
  private final Problems problems;
  private final Nodes nodes;
  private final String[] personIds;
  private final IdIndex people;

  private ModelValidator(Organization organization, SourceMap source, Problems problems) {
    this.organization = organization;
    this.source = source;
    this.problems = problems;
    this.nodes = new Nodes(organization, source, problems);
    this.personIds = organization.people().stream().map(Person::id).toArray(String[]::new);
    this.people = indexPeople();
  }

  /**
   * Reports every problem of the model; returns its references resolved, for the engine, which
   * are only meaningful when no error was reported.
   */
  static ResolvedIds validate(Organization organization, SourceMap source, Problems problems) {
    ModelValidator validator = new ModelValidator(organization, source, problems);
    Problems linkProblems = problems.fork();
    LinkRules links = new LinkRules(organization.links(), validator.nodes, source, linkProblems);
    Forked<LinkPairs> linking = Forked.start(links::check);
    int[] teams = new int[organization.people().size()];
    int[] managers = validator.checkPeople(teams);
    validator.checkLeads();
    LinkPairs linked = linking.join();
    problems.append(linkProblems);
    new ProcedureRules(organization.procedures(), validator.nodes, validator.people, linked, source, problems)
        .check();
    new ReportingCycles(organization.people(), managers, source, problems).report();
    LengthRules.check(organization, source, problems);
    return new ResolvedIds(validator.personIds, validator.people, managers, teams, links.from(), links.to());
  }

  private IdIndex indexPeople() {
    String[] ids = personIds;
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == null) {
        problems.error(source.file(Section.PEOPLE), source.get(Section.PEOPLE, i, Field.ENTRY),
            "id.missing.people");
      }
    }
    String file = source.file(Section.PEOPLE);
    return IdIndex.firstWins(ids, (i, first) -> problems.error(file, source.get(Section.PEOPLE, i, Field.ID),
        "id.duplicate.people", ids[i], Problems.where(file, source.get(Section.PEOPLE, first, Field.ID))));
  }

  /**
   * Checks each person's team and manager; puts each one's team in {@code teams}, returns each
   * one's manager index, -1 for none.
   */
  private int[] checkPeople(int[] teams) {
    List<Person> list = organization.people();
    int[] managers = new int[list.size()];
    LastLookup managerIds = new LastLookup(people);
    for (int i = 0; i < managers.length; i++) {
      Person person = list.get(i);
      teams[i] = nodes.team(person.team());
      if (person.team() != null && teams[i] == IdIndex.ABSENT) {
        report(Section.PEOPLE, i, Field.TEAM, "ref.team", person.team());
      }
      managers[i] = managerIds.positionOf(person.manager());
      if (person.manager() != null && managers[i] == IdIndex.ABSENT) {
        report(Section.PEOPLE, i, Field.MANAGER, "ref.manager", person.manager());
      }
    }
    return managers;
  }

  private void checkLeads() {
    List<Team> teams = organization.teams();
    for (int i = 0; i < teams.size(); i++) {
      String lead = teams.get(i).lead();
      if (lead != null && !people.contains(lead)) {
        report(Section.TEAMS, i, Field.LEAD, "ref.lead", lead);
      }
    }
  }

  private void report(Section section, int index, Field field, String key, Object... args) {
    problems.error(source.file(section), source.get(section, index, field), key, args);
  }
}
