package org.maillon.modelfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Team;

/**
 * The nodes of the value chain, final customers, partners and teams, indexed by id in the one
 * namespace they share. Numbering them in that order lets a number tell what kind a node is.
 */
final class Nodes {

  private final Map<String, Integer> index = new HashMap<>();
  private final int partnersFrom;
  private final int teamsFrom;
  private final SourceMap source;
  private final Problems problems;

  Nodes(Organization organization, SourceMap source, Problems problems) {
    this.source = source;
    this.problems = problems;
    this.partnersFrom = organization.customers().size();
    this.teamsFrom = partnersFrom + organization.partners().size();
    add(Section.CUSTOMERS, organization.customers(), FinalCustomer::id, 0);
    add(Section.PARTNERS, organization.partners(), Partner::id, partnersFrom);
    add(Section.TEAMS, organization.teams(), Team::id, teamsFrom);
  }

  /** The number of the node with this id, or null when there is none. */
  Integer find(String id) {
    return index.get(id);
  }

  boolean isTeam(String id) {
    Integer node = index.get(id);
    return node != null && node >= teamsFrom;
  }

  boolean isCustomer(int node) {
    return node < partnersFrom;
  }

  boolean isPartner(int node) {
    return node >= partnersFrom && node < teamsFrom;
  }

  private <T> void add(Section section, List<T> entities, Function<T, String> id, int first) {
    for (int i = 0; i < entities.size(); i++) {
      String key = id.apply(entities.get(i));
      if (key == null) {
        problems.error(source.file(section), source.get(section, i, Field.ENTRY),
            "id.missing." + section.key());
        continue;
      }
      Integer known = index.putIfAbsent(key, first + i);
      if (known != null) {
        problems.error(source.file(section), source.get(section, i, Field.ID), "id.duplicate.node",
            key, where(known));
      }
    }
  }

  /** Where the node with this number is defined, as "file:line". */
  private String where(int node) {
    Section section = node >= teamsFrom ? Section.TEAMS
        : node >= partnersFrom ? Section.PARTNERS : Section.CUSTOMERS;
    int at = node - (node >= teamsFrom ? teamsFrom : node >= partnersFrom ? partnersFrom : 0);
    return Problems.where(source.file(section), source.get(section, at, Field.ID));
  }
}
