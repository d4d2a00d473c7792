package org.maillon.server.orgchart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Person;
import org.maillon.server.system.NameSearch;
import org.maillon.server.system.NotFoundException;

/**
 * The reporting tree read from a diagnosis (the current one's, or a scenario's result) a level at a time, so that a million-person
 * hierarchy is never sent whole: the tops or one person's direct reports a page at a time, and the
 * path from the top down to one person. Finding people by name is one pass over the model's people,
 * with the rule every search for a person follows ({@link NameSearch}).
 */
public final class OrgChart {

  /** The most people of one page. */
  static final int MAX_PAGE = 500;
  /** The most people found by name whose paths are given. */
  static final int MATCHES = 10;

  private OrgChart() {}

  /** The tops of the hierarchy, from {@code offset}, at most {@code limit}. */
  public static OrgChartPage tops(Diagnosis diagnosis, int offset, int limit) {
    return page(diagnosis, diagnosis.hierarchy().tops(), offset, limit);
  }

  /**
   * The direct reports of a person, from {@code offset}, at most {@code limit}.
   *
   * @throws NotFoundException for an unknown id
   */
  public static OrgChartPage reports(Diagnosis diagnosis, String id, int offset, int limit) {
    return page(diagnosis, known(diagnosis, id).directReports(), offset, limit);
  }

  /**
   * The path from the top down to {@code person} when it is given, else the paths to the people whose name
   * matches {@code q} ({@link #search}).
   *
   * @throws NotFoundException for an unknown person
   */
  public static OrgChartPaths paths(Diagnosis diagnosis, String q, String person) {
    if (person != null && !person.isBlank()) {
      return new OrgChartPaths(1, List.of(pathTo(diagnosis, known(diagnosis, person))));
    }
    return search(diagnosis, q);
  }

  private static PersonFigures known(Diagnosis diagnosis, String id) {
    return diagnosis.person(id).orElseThrow(() -> new NotFoundException("No person has the id " + id + "."));
  }

  /**
   * The people whose name matches the text as {@link NameSearch} reads it (each word beginning a word of the
   * name, case and accents aside), those named exactly so first, with their paths; none for a blank text.
   */
  static OrgChartPaths search(Diagnosis diagnosis, String text) {
    if (text == null || text.isBlank()) {
      return new OrgChartPaths(0, List.of());
    }
    String exact = text.strip().toLowerCase(Locale.ROOT);
    List<String> named = new ArrayList<>();
    List<String> containing = new ArrayList<>();
    int total = 0;
    for (Person person : diagnosis.model().people()) {
      if (person.name() != null && NameSearch.matches(null, person.name(), text)) {
        total++;
        List<String> found = person.name().toLowerCase(Locale.ROOT).equals(exact) ? named : containing;
        if (found.size() < MATCHES) {
          found.add(person.id());
        }
      }
    }
    named.addAll(containing);
    List<List<OrgChartPerson>> paths = new ArrayList<>();
    for (String id : named.subList(0, Math.min(MATCHES, named.size()))) {
      paths.add(pathTo(diagnosis, diagnosis.person(id).orElseThrow()));
    }
    return new OrgChartPaths(total, paths);
  }

  private static OrgChartPage page(Diagnosis diagnosis, List<String> ids, int offset, int limit) {
    int from = Math.min(Math.max(offset, 0), ids.size());
    int to = Math.min(ids.size(), from + Math.min(Math.max(limit, 1), MAX_PAGE));
    List<OrgChartPerson> people = new ArrayList<>(to - from);
    for (int position = from; position < to; position++) {
      people.add(person(diagnosis, diagnosis.person(ids.get(position)).orElseThrow(), position));
    }
    return new OrgChartPage(ids.size(), from, people);
  }

  /** From the top down to the person; the walk up stops after as many steps as there are people. */
  private static List<OrgChartPerson> pathTo(Diagnosis diagnosis, PersonFigures person) {
    List<OrgChartPerson> path = new ArrayList<>();
    PersonFigures step = person;
    while (step.manager() != null && path.size() < diagnosis.headcount()) {
      PersonFigures manager = diagnosis.person(step.manager()).orElseThrow();
      path.add(person(diagnosis, step, Collections.binarySearch(manager.directReports(), step.id())));
      step = manager;
    }
    path.add(person(diagnosis, step, Math.max(0, Collections.binarySearch(diagnosis.hierarchy().tops(), step.id()))));
    Collections.reverse(path);
    return path;
  }

  private static OrgChartPerson person(Diagnosis diagnosis, PersonFigures figures, int position) {
    String title = diagnosis.personInModel(figures.id()).map(Person::title).orElse(null);
    String name = figures.name() == null || figures.name().isBlank() ? null : figures.name();
    return new OrgChartPerson(figures.id(), name, title, figures.depth() + 1, figures.directReports().size(), position);
  }
}
