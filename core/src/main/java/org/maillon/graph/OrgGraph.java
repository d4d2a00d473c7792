package org.maillon.graph;

import java.util.List;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/**
 * A validated organisation as int-indexed arrays. People are numbered in model order. Nodes of the
 * value chain share one numbering: teams first, then final customers, then partners, each in model
 * order. Links keep their model order. Built in time linear in people plus links.
 */
public final class OrgGraph {

  public static final int NONE = -1;

  private final Organization model;
  private final String[] personIds;
  private final String[] nodeIds;
  private final int teamCount;
  private final int customerCount;
  private final TeamKind[] teamKinds;
  private final int[] managerOf;
  private final int[] teamOf;
  private final int[] linkFrom;
  private final int[] linkTo;
  private final IdIndex personIndex;
  private final IdIndex nodeIndex;
  private final Rows reports;
  private final Rows members;
  private final Rows outLinks;
  private final Rows inLinks;

  private OrgGraph(Organization model) {
    this.model = model;
    List<Team> teams = model.teams();
    teamCount = teams.size();
    customerCount = model.customers().size();
    personIds = model.people().stream().map(Person::id).toArray(String[]::new);
    String[] teamIds = teams.stream().map(Team::id).toArray(String[]::new);
    String[] customerIds = model.customers().stream().map(FinalCustomer::id).toArray(String[]::new);
    String[] partnerIds = model.partners().stream().map(Partner::id).toArray(String[]::new);
    nodeIds = concat(teamIds, customerIds, partnerIds);
    teamKinds = teams.stream().map(Team::kind).toArray(TeamKind[]::new);
    personIndex = IdIndex.of(personIds);
    nodeIndex = IdIndex.of(nodeIds);
    managerOf = resolvePeople(true);
    teamOf = resolvePeople(false);
    linkFrom = resolveLinks(true);
    linkTo = resolveLinks(false);
    reports = Rows.group(personIds.length, managerOf);
    members = Rows.group(teamCount, teamOf);
    outLinks = Rows.group(nodeIds.length, linkFrom);
    inLinks = Rows.group(nodeIds.length, linkTo);
  }

  /**
   * Compiles a validated organisation.
   *
   * @throws IllegalArgumentException when an id is duplicated or a reference unknown
   */
  public static OrgGraph of(Organization model) {
    return new OrgGraph(model);
  }

  private static String[] concat(String[] a, String[] b, String[] c) {
    String[] all = new String[a.length + b.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return all;
  }

  private int[] resolvePeople(boolean manager) {
    List<Person> people = model.people();
    int[] resolved = new int[people.size()];
    for (int p = 0; p < resolved.length; p++) {
      Person person = people.get(p);
      String ref = manager ? person.manager() : person.team();
      resolved[p] = ref == null ? NONE : manager ? personIndex.positionOf(ref) : teamPosition(ref);
      if (ref != null && resolved[p] == NONE) {
        throw new IllegalArgumentException("unknown " + (manager ? "manager " : "team ") + ref + " of person " + person.id());
      }
    }
    return resolved;
  }

  private int teamPosition(String id) {
    int node = nodeIndex.positionOf(id);
    return node < teamCount ? node : NONE;
  }

  private int[] resolveLinks(boolean from) {
    List<Link> links = model.links();
    int[] resolved = new int[links.size()];
    for (int l = 0; l < resolved.length; l++) {
      String ref = from ? links.get(l).from() : links.get(l).to();
      resolved[l] = nodeIndex.positionOf(ref);
      if (resolved[l] == NONE) {
        throw new IllegalArgumentException("unknown link end " + ref);
      }
    }
    return resolved;
  }

  public Organization model() {
    return model;
  }

  public int personCount() {
    return personIds.length;
  }

  public String personId(int person) {
    return personIds[person];
  }

  public Person person(int person) {
    return model.people().get(person);
  }

  /** The person's manager, or {@link #NONE} for a top. */
  public int managerOf(int person) {
    return managerOf[person];
  }

  /** The person's team (a node number below {@link #teamCount()}), or {@link #NONE}. */
  public int teamOf(int person) {
    return teamOf[person];
  }

  public Rows reports() {
    return reports;
  }

  public Rows members() {
    return members;
  }

  public int nodeCount() {
    return nodeIds.length;
  }

  public int teamCount() {
    return teamCount;
  }

  public int customerCount() {
    return customerCount;
  }

  public boolean isTeam(int node) {
    return node < teamCount;
  }

  public boolean isFinalCustomer(int node) {
    return node >= teamCount && node < teamCount + customerCount;
  }

  public String nodeId(int node) {
    return nodeIds[node];
  }

  /** The node's name, or null when the model gives none. */
  public String nodeName(int node) {
    if (node < teamCount) {
      return model.teams().get(node).name();
    }
    if (node < teamCount + customerCount) {
      return model.customers().get(node - teamCount).name();
    }
    return model.partners().get(node - teamCount - customerCount).name();
  }

  /** The node number of an id of a team, final customer or partner, or {@link #NONE}. */
  public int nodeNumber(String id) {
    return nodeIndex.positionOf(id);
  }

  /** The kind of a team node. */
  public TeamKind kind(int team) {
    return teamKinds[team];
  }

  public int linkCount() {
    return linkFrom.length;
  }

  public int linkFrom(int link) {
    return linkFrom[link];
  }

  public int linkTo(int link) {
    return linkTo[link];
  }

  public Link link(int link) {
    return model.links().get(link);
  }

  /** Links leaving each node, by node number. */
  public Rows outLinks() {
    return outLinks;
  }

  /** Links arriving at each node, by node number. */
  public Rows inLinks() {
    return inLinks;
  }

  /** The position of a person id, or {@link #NONE}. */
  public int personNumber(String id) {
    return personIndex.positionOf(id);
  }

  /** The node number of a team id, or {@link #NONE} when the id is no team. */
  public int teamNumber(String id) {
    return teamPosition(id);
  }
}
