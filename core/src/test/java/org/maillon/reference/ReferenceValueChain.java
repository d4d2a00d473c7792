package org.maillon.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value-chain half of the reference diagnosis: docs/design.md's "Value chain" definitions over maps
 * of sorted successor and predecessor sets, one breadth-first search per team. Quadratic, and
 * deliberately so: nothing is shared with the engine's int-indexed arrays.
 */
final class ReferenceValueChain {

  /** A pair of ids and text, sorted field by field with {@link String#compareTo}. */
  record Pair(String link, String second) {
    static final Comparator<Pair> ORDER = Comparator.comparing(Pair::link).thenComparing(Pair::second);
  }

  private final Organization organization;
  final TreeMap<String, Team> teams = new TreeMap<>();
  final TreeSet<String> finalCustomers = new TreeSet<>();
  private final Set<String> partners = new HashSet<>();
  private final Map<String, TreeSet<String>> successors = new HashMap<>();
  private final Map<String, TreeSet<String>> predecessors = new HashMap<>();
  private final Map<String, Integer> hops = new HashMap<>();

  ReferenceValueChain(Organization organization) {
    this.organization = organization;
    organization.teams().forEach(team -> teams.put(team.id(), team));
    organization.customers().stream().map(FinalCustomer::id).forEach(finalCustomers::add);
    organization.partners().stream().map(Partner::id).forEach(partners::add);
    for (String node : allNodes()) {
      successors.put(node, new TreeSet<>());
      predecessors.put(node, new TreeSet<>());
    }
    for (Link link : organization.links()) {
      successors.get(link.from()).add(link.to());
      predecessors.get(link.to()).add(link.from());
    }
    teams.keySet().forEach(team -> hops.put(team, shortestPathToFinalCustomer(team)));
  }

  private Set<String> allNodes() {
    Set<String> nodes = new HashSet<>(teams.keySet());
    nodes.addAll(finalCustomers);
    nodes.addAll(partners);
    return nodes;
  }

  /** Breadth-first from the team; the first final customer dequeued is the closest one. */
  private Integer shortestPathToFinalCustomer(String team) {
    Map<String, Integer> distance = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    distance.put(team, 0);
    queue.add(team);
    while (!queue.isEmpty()) {
      String node = queue.removeFirst();
      if (finalCustomers.contains(node)) {
        return distance.get(node);
      }
      for (String next : successors.get(node)) {
        if (!distance.containsKey(next)) {
          distance.put(next, distance.get(node) + 1);
          queue.addLast(next);
        }
      }
    }
    return null;
  }

  /** Nodes at the end of a path of at least one link from {@code start} (start included only on a cycle). */
  Set<String> reachableByOneLinkOrMore(String start) {
    Set<String> seen = new HashSet<>(successors.get(start));
    Deque<String> queue = new ArrayDeque<>(seen);
    while (!queue.isEmpty()) {
      for (String next : successors.get(queue.removeFirst())) {
        if (seen.add(next)) {
          queue.addLast(next);
        }
      }
    }
    return seen;
  }

  Integer hops(String team) {
    return hops.get(team);
  }

  /** Hops of any node one may step on towards a final customer: 0 for a final customer. */
  private Integer hopsOfNode(String node) {
    return finalCustomers.contains(node) ? Integer.valueOf(0) : hops.get(node);
  }

  /** The path of docs/design.md: team first, then each time the smallest id one hop closer. */
  List<String> chain(String team) {
    List<String> chain = new ArrayList<>();
    if (team == null || hops(team) == null) {
      return chain;
    }
    String current = team;
    chain.add(current);
    while (!finalCustomers.contains(current)) {
      int wanted = hopsOfNode(current) - 1;
      current = successors.get(current).stream()
          .filter(next -> hopsOfNode(next) != null && hopsOfNode(next) == wanted)
          .findFirst()
          .orElseThrow();
      chain.add(current);
    }
    return chain;
  }

  List<String> suppliers(String team) {
    return List.copyOf(predecessors.get(team));
  }

  List<String> customers(String team) {
    return List.copyOf(successors.get(team));
  }

  List<String> customersOfCustomers(String team) {
    TreeSet<String> result = new TreeSet<>();
    for (String customer : successors.get(team)) {
      if (teams.containsKey(customer)) {
        result.addAll(successors.get(customer));
      }
    }
    result.remove(team);
    return List.copyOf(result);
  }

  /**
   * The revenue of the final customers the team reaches that state one, walked forward from the team
   * with their distances, in id order; a null node when none states a revenue.
   */
  JsonNode revenueReached(String team) {
    Map<String, Integer> distance = new HashMap<>(Map.of(team, 0));
    Deque<String> queue = new ArrayDeque<>(List.of(team));
    while (!queue.isEmpty()) {
      String node = queue.removeFirst();
      for (String next : successors.get(node)) {
        if (distance.putIfAbsent(next, distance.get(node) + 1) == null) {
          queue.addLast(next);
        }
      }
    }
    TreeMap<Integer, Double> byHops = new TreeMap<>();
    int stated = 0;
    double revenue = 0;
    for (FinalCustomer customer : organization.customers().stream()
        .sorted(Comparator.comparing(FinalCustomer::id)).toList()) {
      if (customer.revenue() != null && distance.containsKey(customer.id())) {
        stated++;
        revenue += customer.revenue();
        byHops.merge(distance.get(customer.id()), customer.revenue(), Double::sum);
      }
    }
    if (stated == 0) {
      return JsonNodeFactory.instance.nullNode();
    }
    ObjectNode reach = JsonNodeFactory.instance.objectNode().put("customersWithRevenue", stated).put("revenue", revenue);
    ObjectNode shares = reach.putObject("shareByHops");
    double total = revenue;
    byHops.forEach((hops, amount) -> shares.put(hops.toString(), total == 0 ? 0.0 : amount / total));
    return reach;
  }

  List<String> finalCustomersOf(String team) {
    TreeSet<String> result = new TreeSet<>(reachableByOneLinkOrMore(team));
    result.retainAll(finalCustomers);
    return List.copyOf(result);
  }

  boolean reachesFrontLine(String team) {
    for (String node : reachableByOneLinkOrMore(team)) {
      if (finalCustomers.contains(node) || isKind(node, TeamKind.FRONT_LINE)) {
        return true;
      }
    }
    return false;
  }

  boolean isKind(String node, TeamKind kind) {
    return teams.containsKey(node) && teams.get(node).kind() == kind;
  }

  List<String> members(String team) {
    TreeSet<String> members = new TreeSet<>();
    organization.people().stream().filter(p -> team.equals(p.team())).map(Person::id).forEach(members::add);
    return List.copyOf(members);
  }

  /** (customer id, expectation id) for each expectation no commitment of the same link answers. */
  List<Pair> uncoveredExpectations(String team) {
    List<Pair> result = new ArrayList<>();
    for (Link link : outgoingLinks(team)) {
      Set<String> answered = new HashSet<>();
      link.commitments().forEach(c -> answered.addAll(c.answers()));
      for (Expectation expectation : link.expectations()) {
        if (!answered.contains(expectation.id())) {
          result.add(new Pair(link.to(), expectation.id()));
        }
      }
    }
    result.sort(Pair.ORDER);
    return result;
  }

  /** (customer id, text) for each commitment that answers nothing; duplicates are kept. */
  List<Pair> unaskedCommitments(String team) {
    List<Pair> result = new ArrayList<>();
    for (Link link : outgoingLinks(team)) {
      for (Commitment commitment : link.commitments()) {
        if (commitment.answers().isEmpty()) {
          result.add(new Pair(link.to(), commitment.text()));
        }
      }
    }
    result.sort(Pair.ORDER);
    return result;
  }

  /**
   * 0 when the link states nothing, 2 when its customer confirmed it on or after its last change
   * and every expectation is answered, else 1 (pending).
   */
  static int status(Link link) {
    if (link.expectations().isEmpty() && link.commitments().isEmpty()) {
      return 0;
    }
    Set<String> answered = new HashSet<>();
    link.commitments().forEach(c -> answered.addAll(c.answers()));
    boolean allAnswered = link.expectations().stream().allMatch(e -> answered.contains(e.id()));
    boolean confirmed = link.confirmed() != null
        && (link.changedOn() == null || link.confirmed().on().compareTo(link.changedOn()) >= 0);
    return allAnswered && confirmed ? 2 : 1;
  }

  List<Link> outgoingLinks(String team) {
    return organization.links().stream().filter(l -> l.from().equals(team)).toList();
  }

  /** Links from a front-line team to a support team, by (from, to). */
  List<Pair> inversions() {
    List<Pair> result = new ArrayList<>();
    for (Link link : organization.links()) {
      if (isKind(link.from(), TeamKind.FRONT_LINE) && isKind(link.to(), TeamKind.SUPPORT)) {
        result.add(new Pair(link.from(), link.to()));
      }
    }
    result.sort(Pair.ORDER);
    return result;
  }

  boolean hasDirectFinalCustomer(String team) {
    return successors.get(team).stream().anyMatch(finalCustomers::contains);
  }

  int linkCount() {
    return organization.links().size();
  }
}
