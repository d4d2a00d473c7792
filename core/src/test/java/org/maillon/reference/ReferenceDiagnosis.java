package org.maillon.reference;

import java.util.Map;
import java.util.TreeMap;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An independent, deliberately simple diagnosis written straight from docs/design.md and
 * docs/diagnosis-json.md, producing the whole diagnosis JSON document (findings without their
 * messages). The engine is fast and int-indexed; this one is slow and obvious, so that where the two
 * disagree one of them misread the contract. It shares no code with the engine.
 */
public final class ReferenceDiagnosis {

  private ReferenceDiagnosis() {}

  /** The diagnosis document of a valid organisation, fields in contract order. */
  public static ObjectNode document(Organization organization, boolean summary) {
    ReferenceHierarchy hierarchy = new ReferenceHierarchy(organization);
    ReferenceValueChain valueChain = new ReferenceValueChain(organization);
    ReferenceBureaucracy bureaucracy = new ReferenceBureaucracy(organization, hierarchy);
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    ReferenceJson.putNullable(document, "organization", organization.name());
    document.putNull("asOf");
    document.put("headcount", organization.people().size());
    document.set("hierarchy", hierarchy.toJson());
    document.set("valueChain", valueChainJson(organization, valueChain));
    document.set("bureaucracy", bureaucracy.toJson());
    if (!summary) {
      document.set("teams", teamsJson(valueChain, bureaucracy));
      document.set("people", peopleJson(hierarchy, valueChain));
      document.set("procedures", bureaucracy.proceduresJson());
    }
    document.set("findings", new ReferenceFindings(organization, hierarchy, valueChain, bureaucracy).toJson());
    return document;
  }

  private static ObjectNode valueChainJson(Organization organization, ReferenceValueChain chain) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("teams", chain.teams.size());
    node.put("frontLineTeams", countKind(chain, TeamKind.FRONT_LINE));
    node.put("coreTeams", countKind(chain, TeamKind.CORE));
    node.put("supportTeams", countKind(chain, TeamKind.SUPPORT));
    node.put("finalCustomers", chain.finalCustomers.size());
    node.put("links", chain.linkCount());
    ArrayNode disconnected = node.putArray("disconnectedTeams");
    ArrayNode withoutCustomer = node.putArray("teamsWithoutCustomer");
    ArrayNode supportNotReaching = node.putArray("supportTeamsNotReachingFrontLine");
    for (String team : chain.teams.keySet()) {
      if (chain.hops(team) == null) {
        disconnected.add(team);
      }
      if (chain.customers(team).isEmpty()) {
        withoutCustomer.add(team);
      }
      if (chain.isKind(team, TeamKind.SUPPORT) && !chain.reachesFrontLine(team)) {
        supportNotReaching.add(team);
      }
    }
    ArrayNode inversions = node.putArray("inversions");
    chain.inversions().forEach(i -> inversions.addObject().put("from", i.link()).put("to", i.second()));
    ArrayNode frontLineWithout = node.putArray("frontLineWithoutFinalCustomer");
    for (String team : chain.teams.keySet()) {
      if (chain.isKind(team, TeamKind.FRONT_LINE) && !chain.hasDirectFinalCustomer(team)) {
        frontLineWithout.add(team);
      }
    }
    node.set("hopsDistribution", hopsDistribution(organization, chain));
    node.set("agreements", agreements(chain, organization.settings().pendingDays()));
    return node;
  }

  /** The per-team lists counted, and the expectations and commitments on every team's outgoing links. */
  private static ObjectNode agreements(ReferenceValueChain chain, int pendingDays) {
    int[] statuses = new int[3];
    int expectations = 0;
    int uncovered = 0;
    int commitments = 0;
    int unasked = 0;
    for (String team : chain.teams.keySet()) {
      expectations += chain.outgoingLinks(team).stream().mapToInt(l -> l.expectations().size()).sum();
      commitments += chain.outgoingLinks(team).stream().mapToInt(l -> l.commitments().size()).sum();
      uncovered += chain.uncoveredExpectations(team).size();
      unasked += chain.unaskedCommitments(team).size();
      chain.outgoingLinks(team).forEach(link -> statuses[ReferenceValueChain.status(link)]++);
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("expectations", expectations);
    node.put("uncoveredExpectations", uncovered);
    node.put("commitments", commitments);
    node.put("unaskedCommitments", unasked);
    node.put("emptyLinks", statuses[0]);
    node.put("pendingLinks", statuses[1]);
    node.put("agreedLinks", statuses[2]);
    node.put("longPendingLinks", 0);
    node.put("pendingDays", pendingDays);
    return node;
  }

  private static int countKind(ReferenceValueChain chain, TeamKind kind) {
    return (int) chain.teams.values().stream().filter(t -> t.kind() == kind).count();
  }

  private static ObjectNode hopsDistribution(Organization organization, ReferenceValueChain chain) {
    Map<Integer, Integer> perHops = new TreeMap<>();
    int unreachable = 0;
    for (Person person : organization.people()) {
      Integer hops = person.team() == null ? null : chain.hops(person.team());
      if (hops == null) {
        unreachable++;
      } else {
        perHops.merge(hops, 1, Integer::sum);
      }
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    perHops.forEach((hops, count) -> node.put(Integer.toString(hops), count.intValue()));
    if (unreachable > 0) {
      node.put("unreachable", unreachable);
    }
    return node;
  }

  private static ArrayNode teamsJson(ReferenceValueChain chain, ReferenceBureaucracy bureaucracy) {
    ArrayNode teams = JsonNodeFactory.instance.arrayNode();
    for (Team team : chain.teams.values()) {
      String id = team.id();
      ObjectNode node = teams.addObject();
      node.put("id", id);
      ReferenceJson.putNullable(node, "name", team.name());
      node.put("kind", team.kind() == TeamKind.FRONT_LINE ? "front-line" : team.kind() == TeamKind.CORE ? "core" : "support");
      node.set("members", ReferenceJson.strings(chain.members(id)));
      ReferenceJson.putNullable(node, "hopsToCustomer", chain.hops(id));
      node.set("suppliers", ReferenceJson.strings(chain.suppliers(id)));
      node.set("customers", ReferenceJson.strings(chain.customers(id)));
      node.set("customersOfCustomers", ReferenceJson.strings(chain.customersOfCustomers(id)));
      node.set("finalCustomers", ReferenceJson.strings(chain.finalCustomersOf(id)));
      node.put("reachesFrontLine", chain.reachesFrontLine(id));
      node.set("revenueReached", chain.revenueReached(id));
      ArrayNode uncovered = node.putArray("uncoveredExpectations");
      chain.uncoveredExpectations(id).forEach(u -> uncovered.addObject().put("link", u.link()).put("expectation", u.second()));
      ArrayNode unasked = node.putArray("unaskedCommitments");
      chain.unaskedCommitments(id).forEach(u -> unasked.addObject().put("link", u.link()).put("text", u.second()));
      bureaucracy.teamFields(node, id, chain.members(id).size());
    }
    return teams;
  }

  private static ArrayNode peopleJson(ReferenceHierarchy hierarchy, ReferenceValueChain chain) {
    ArrayNode people = JsonNodeFactory.instance.arrayNode();
    for (String id : hierarchy.personIds()) {
      Person person = hierarchy.person(id);
      ObjectNode node = people.addObject();
      node.put("id", id);
      ReferenceJson.putNullable(node, "name", person.name());
      ReferenceJson.putNullable(node, "team", person.team());
      ReferenceJson.putNullable(node, "manager", person.manager());
      node.put("depth", hierarchy.depth(id));
      node.set("directReports", ReferenceJson.strings(hierarchy.directReports(id)));
      ReferenceJson.putNullable(node, "hopsToCustomer", person.team() == null ? null : chain.hops(person.team()));
      node.set("chain", ReferenceJson.strings(chain.chain(person.team())));
    }
    return people;
  }
}
