package org.maillon.modelfile;

import java.util.List;
import java.util.function.Function;
import org.maillon.graph.IdIndex;
import org.maillon.graph.LastLookup;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Team;

/**
 * The nodes of the value chain, final customers, partners and teams, indexed by id in the one
 * namespace they share. Numbering them in that order lets a number tell what kind a node is.
 */
final class Nodes {

  private final IdIndex index;
  private final int partnersFrom;
  private final int teamsFrom;
  private final int teamCount;
  private final SourceMap source;

  Nodes(Organization organization, SourceMap source, Problems problems) {
    this.source = source;
    this.partnersFrom = organization.customers().size();
    this.teamsFrom = partnersFrom + organization.partners().size();
    this.teamCount = organization.teams().size();
    String[] ids = new String[teamsFrom + organization.teams().size()];
    fill(ids, 0, organization.customers(), FinalCustomer::id);
    fill(ids, partnersFrom, organization.partners(), Partner::id);
    fill(ids, teamsFrom, organization.teams(), Team::id);
    for (int node = 0; node < ids.length; node++) {
      if (ids[node] == null) {
        problems.error(source.file(section(node)), source.get(section(node), local(node), Field.ENTRY),
            "id.missing." + section(node).key());
      }
    }
    this.index = IdIndex.firstWins(ids, (node, first) -> problems.error(source.file(section(node)),
        source.get(section(node), local(node), Field.ID), "id.duplicate.node", ids[node], where(first)));
  }

  private static <T> void fill(String[] ids, int from, List<T> entities, Function<T, String> id) {
    for (int i = 0; i < entities.size(); i++) {
      ids[from + i] = id.apply(entities.get(i));
    }
  }

  /** The number of the node with this id, or {@link IdIndex#ABSENT} when there is none. */
  int find(String id) {
    return index.positionOf(id);
  }

  /** A lookup of node numbers that answers a repeated id without probing, for one thread. */
  LastLookup lookup() {
    return new LastLookup(index);
  }

  boolean isTeam(String id) {
    return index.positionOf(id) >= teamsFrom;
  }

  /** The team with this id numbered as {@code OrgGraph} numbers it, or {@link IdIndex#ABSENT}. */
  int team(String id) {
    int node = index.positionOf(id);
    return node >= teamsFrom ? node - teamsFrom : IdIndex.ABSENT;
  }

  /** A node's number here turned into {@code OrgGraph}'s: teams first, then customers and partners. */
  int inGraph(int node) {
    return node >= teamsFrom ? node - teamsFrom : node + teamCount;
  }

  boolean isCustomer(int node) {
    return node < partnersFrom;
  }

  boolean isPartner(int node) {
    return node >= partnersFrom && node < teamsFrom;
  }

  private Section section(int node) {
    return node >= teamsFrom ? Section.TEAMS : node >= partnersFrom ? Section.PARTNERS : Section.CUSTOMERS;
  }

  private int local(int node) {
    return node - (node >= teamsFrom ? teamsFrom : node >= partnersFrom ? partnersFrom : 0);
  }

  /** Where the node with this number is defined, as "file:line". */
  private String where(int node) {
    return Problems.where(source.file(section(node)), source.get(section(node), local(node), Field.ID));
  }
}
