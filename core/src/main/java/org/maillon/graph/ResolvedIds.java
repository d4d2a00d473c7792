package org.maillon.graph;

import java.util.List;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.parallel.Cores;
import org.maillon.parallel.Forked;

/**
 * The references of an organisation already resolved to positions, as the model validator finds
 * them: the person ids and their index, each person's manager and team, and each link's ends, in
 * {@link OrgGraph}'s numbering (people in model order; nodes teams first, then final customers,
 * then partners). Handing them to {@link OrgGraph#of(Organization, ResolvedIds)}
 * spares hashing a million ids and resolving every reference a second time. The arrays are kept,
 * not copied.
 */
public final class ResolvedIds {

  private static final int GRAIN = 1 << 15;

  final String[] personIds;
  final IdIndex personIndex;
  final int[] managerOf;
  final int[] teamOf;
  final int[] linkFrom;
  final int[] linkTo;

  /**
   * @param personIds the people's ids in model order, indexed by {@code personIndex}
   * @param managerOf each person's manager, or {@link OrgGraph#NONE}
   * @param teamOf each person's team as a node number, or {@link OrgGraph#NONE}
   * @param linkFrom each link's supplier as a node number
   * @param linkTo each link's customer as a node number
   */
  public ResolvedIds(String[] personIds, IdIndex personIndex, int[] managerOf, int[] teamOf, int[] linkFrom,
      int[] linkTo) {
    this.personIds = personIds;
    this.personIndex = personIndex;
    this.managerOf = managerOf;
    this.teamOf = teamOf;
    this.linkFrom = linkFrom;
    this.linkTo = linkTo;
  }

  /**
   * Resolves the references of a validated organisation, for a caller that has none at hand. Time
   * linear in people plus links, spread over the cores: the links and the teams, which need only
   * the nodes, are resolved before or while the people are indexed, then the managers.
   *
   * @throws IllegalArgumentException when an id is duplicated or a reference unknown
   */
  static ResolvedIds of(Organization model, String[] nodeIds, IdIndex nodeIndex,
      int teamCount) {
    List<Link> links = model.links();
    int[] linkFrom = new int[links.size()];
    int[] linkTo = new int[links.size()];
    Forked<Void> linkEnds = Forked.start(() -> {
      LastLookup from = new LastLookup(nodeIndex);
      LastLookup to = new LastLookup(nodeIndex);
      for (int l = 0; l < linkFrom.length; l++) {
        linkFrom[l] = Resolver.node(from, links.get(l).from());
        linkTo[l] = Resolver.node(to, links.get(l).to());
      }
      return null;
    });
    List<Person> people = model.people();
    String[] personIds = new String[people.size()];
    int[] teamOf = new int[personIds.length];
    Cores.ranges(personIds.length, GRAIN, (from, to) -> {
      LastLookup teams = new LastLookup(nodeIndex);
      for (int p = from; p < to; p++) {
        Person person = people.get(p);
        personIds[p] = person.id();
        teamOf[p] = Resolver.team(teams, teamCount, person.team(), person.id());
      }
    });
    IdIndex personIndex = IdIndex.of(personIds);
    int[] managerOf = new int[personIds.length];
    Cores.ranges(personIds.length, GRAIN, (from, to) -> {
      LastLookup managers = new LastLookup(personIndex);
      for (int p = from; p < to; p++) {
        Person person = people.get(p);
        managerOf[p] = Resolver.manager(managers, person.manager(), person.id());
      }
    });
    linkEnds.join();
    return new ResolvedIds(personIds, personIndex, managerOf, teamOf, linkFrom, linkTo);
  }

  /** Finds references through a {@link LastLookup} each, refusing unknown ones. */
  private static final class Resolver {

    private Resolver() {}

    static int manager(LastLookup managers, String ref, String person) {
      int found = managers.positionOf(ref);
      if (ref != null && found == OrgGraph.NONE) {
        throw new IllegalArgumentException("unknown manager " + ref + " of person " + person);
      }
      return found;
    }

    static int team(LastLookup teams, int teamCount, String ref, String person) {
      int found = teams.positionOf(ref);
      if (ref != null && (found == OrgGraph.NONE || found >= teamCount)) {
        throw new IllegalArgumentException("unknown team " + ref + " of person " + person);
      }
      return found;
    }

    static int node(LastLookup nodes, String ref) {
      int found = nodes.positionOf(ref);
      if (found == OrgGraph.NONE) {
        throw new IllegalArgumentException("unknown link end " + ref);
      }
      return found;
    }
  }
}
