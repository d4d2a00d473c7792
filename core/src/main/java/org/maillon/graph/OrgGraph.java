package org.maillon.graph;

import java.util.List;
import java.util.Objects;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import org.maillon.parallel.Forked;

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

  private OrgGraph(Organization model, ResolvedIds resolved) {
    this.model = model;
    List<Team> teams = model.teams();
    teamCount = teams.size();
    customerCount = model.customers().size();
    String[] teamIds = teams.stream().map(Team::id).toArray(String[]::new);
    String[] customerIds = model.customers().stream().map(FinalCustomer::id).toArray(String[]::new);
    String[] partnerIds = model.partners().stream().map(Partner::id).toArray(String[]::new);
    nodeIds = concat(teamIds, customerIds, partnerIds);
    teamKinds = teams.stream().map(Team::kind).toArray(TeamKind[]::new);
    nodeIndex = IdIndex.of(nodeIds);
    ResolvedIds ids = resolved != null ? resolved : ResolvedIds.of(model, nodeIds, nodeIndex, teamCount);
    if (ids.personIds.length != model.people().size() || ids.linkFrom.length != model.links().size()) {
      throw new IllegalArgumentException("resolved ids of another organisation");
    }
    personIds = ids.personIds;
    personIndex = ids.personIndex;
    managerOf = ids.managerOf;
    teamOf = ids.teamOf;
    linkFrom = ids.linkFrom;
    linkTo = ids.linkTo;
    Forked<Rows> forkedMembers = Forked.start(() -> Rows.group(teamCount, teamOf));
    Forked<Rows> forkedInLinks = Forked.start(() -> Rows.group(nodeIds.length, linkTo));
    reports = Rows.group(personIds.length, managerOf);
    outLinks = Rows.group(nodeIds.length, linkFrom);
    members = forkedMembers.join();
    inLinks = forkedInLinks.join();
  }

  /**
   * Compiles a validated organisation, resolving its references. Time linear in people plus links.
   *
   * @throws IllegalArgumentException when an id is duplicated or a reference unknown
   */
  public static OrgGraph of(Organization model) {
    return new OrgGraph(model, null);
  }

  /**
   * Compiles a validated organisation whose references the validator already resolved, which
   * spares resolving them again. Time linear in nodes plus people plus links, with no hashing of
   * person ids.
   *
   * @throws IllegalArgumentException when a node id is duplicated, or {@code resolved} does not fit
   *     the model's people and links
   */
  public static OrgGraph of(Organization model, ResolvedIds resolved) {
    return new OrgGraph(model, Objects.requireNonNull(resolved));
  }

  private static String[] concat(String[] a, String[] b, String[] c) {
    String[] all = new String[a.length + b.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return all;
  }

  private int teamPosition(String id) {
    int node = nodeIndex.positionOf(id);
    return node < teamCount ? node : NONE;
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
