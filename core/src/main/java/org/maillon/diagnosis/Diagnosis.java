package org.maillon.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillon.bureaucracy.Bureaucracy;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.graph.IdOrder;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;
import org.maillon.hierarchy.Hierarchy;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.UncoveredExpectation;
import org.maillon.valuechain.ValueChain;
import org.maillon.valuechain.ValueChainFigures;

/**
 * The whole diagnosis of one organisation. Organisation-wide figures are computed up front; the
 * figures of one team or one person are assembled on demand from compact arrays, so that a
 * million-person diagnosis holds no object per person. Teams and people are numbered in the order
 * of their ids ({@link String#compareTo}); that order is computed on first use.
 */
public final class Diagnosis {

  private final OrgGraph graph;
  private final Hierarchy hierarchy;
  private final ValueChain valueChain;
  private final Bureaucracy bureaucracy;
  private final List<Finding> findings;
  private int[] teamsById;
  private int[] peopleById;
  private int[] proceduresById;
  private final AgreementFigures agreements;
  private final LocalDate asOf;

  Diagnosis(OrgGraph graph, Hierarchy hierarchy, ValueChain valueChain, Bureaucracy bureaucracy,
      List<Finding> findings, AgreementFigures agreements, LocalDate asOf) {
    this.graph = graph;
    this.hierarchy = hierarchy;
    this.valueChain = valueChain;
    this.bureaucracy = bureaucracy;
    this.findings = findings;
    this.agreements = agreements;
    this.asOf = asOf;
  }

  /** The day the diagnosis was made, to which pending links are counted; null when none was given. */
  public LocalDate asOf() {
    return asOf;
  }

  public Organization model() {
    return graph.model();
  }

  /** The organisation's name, or null when the model gives none. */
  public String organization() {
    return graph.model().name();
  }

  public int headcount() {
    return graph.personCount();
  }

  public HierarchyFigures hierarchy() {
    return hierarchy.figures();
  }

  public ValueChainFigures valueChain() {
    return valueChain.figures();
  }

  /** Expectations and commitments counted over the organisation, as the findings were collected. */
  public AgreementFigures agreements() {
    return agreements;
  }

  public BureaucracyFigures bureaucracy() {
    return bureaucracy.figures();
  }

  /** Findings, most severe first, then by code, subject and arguments. */
  public List<Finding> findings() {
    return findings;
  }

  public int teamCount() {
    return graph.teamCount();
  }

  /** The team of the given rank in id order, 0 ≤ rank < teamCount(). */
  public TeamFigures team(int rank) {
    return valueChain.team(teamByRank(rank));
  }

  /** The id of the team of the given rank in id order, 0 ≤ rank < teamCount(). */
  public String teamId(int rank) {
    return graph.nodeId(teamByRank(rank));
  }

  /**
   * The hops from the team of the given rank to its nearest final customer, or null, as
   * {@link #team(int)} gives them without assembling the team's other figures.
   */
  public Integer hopsToCustomer(int rank) {
    return valueChain.hops(teamByRank(rank));
  }

  /** The uncovered expectations of the team of the given rank, as {@link #team(int)} gives them, alone. */
  public List<UncoveredExpectation> uncoveredExpectations(int rank) {
    return valueChain.uncoveredExpectations(teamByRank(rank));
  }

  public Optional<TeamFigures> team(String id) {
    int team = graph.teamNumber(id);
    return team == OrgGraph.NONE ? Optional.empty() : Optional.of(valueChain.team(team));
  }

  /** The team as the model gives it (its lead, its function), found by id without assembling its figures. */
  public Optional<Team> teamInModel(String id) {
    int team = graph.teamNumber(id);
    return team == OrgGraph.NONE ? Optional.empty() : Optional.of(graph.model().teams().get(team));
  }

  /** The name the model gives a team, final customer or partner; empty for an unknown id or no name. */
  public Optional<String> nodeName(String id) {
    int node = graph.nodeNumber(id);
    return node == OrgGraph.NONE ? Optional.empty() : Optional.ofNullable(graph.nodeName(node));
  }

  /**
   * The model's links leaving this team, final customer or partner, in the model's order; none for
   * an unknown id. Time proportional to those links, not to the model's.
   */
  public List<Link> linksFrom(String node) {
    return links(graph.outLinks(), node);
  }

  /** The model's links arriving at this node, in the model's order, as {@link #linksFrom} gives them. */
  public List<Link> linksTo(String node) {
    return links(graph.inLinks(), node);
  }

  private List<Link> links(Rows rows, String id) {
    int node = graph.nodeNumber(id);
    if (node == OrgGraph.NONE) {
      return List.of();
    }
    List<Link> links = new ArrayList<>(rows.size(node));
    for (int k = 0; k < rows.size(node); k++) {
      links.add(graph.link(rows.get(node, k)));
    }
    return links;
  }

  /** The procedures of the team of the given rank in id order, 0 ≤ rank < teamCount(). */
  public TeamProcedures teamProcedures(int rank) {
    return bureaucracy.team(teamByRank(rank));
  }

  public Optional<TeamProcedures> teamProcedures(String id) {
    int team = graph.teamNumber(id);
    return team == OrgGraph.NONE ? Optional.empty() : Optional.of(bureaucracy.team(team));
  }

  private int teamByRank(int rank) {
    if (teamsById == null) {
      teamsById = IdOrder.positionsById(graph.teamCount(), graph::nodeId, graph::teamNumber);
    }
    return teamsById[rank];
  }

  public int procedureCount() {
    return bureaucracy.procedureCount();
  }

  /** The procedure of the given rank in id order, 0 ≤ rank < procedureCount(). */
  public ProcedureFigures procedure(int rank) {
    if (proceduresById == null) {
      proceduresById = bureaucracy.positionsById();
    }
    return bureaucracy.procedure(proceduresById[rank]);
  }

  /** Number of people, the same as {@link #headcount()}. */
  public int personCount() {
    return graph.personCount();
  }

  /** The person of the given rank in id order, 0 ≤ rank < personCount(). */
  public PersonFigures person(int rank) {
    if (peopleById == null) {
      peopleById = IdOrder.positionsById(graph.personCount(), graph::personId, graph::personNumber);
    }
    return personFigures(peopleById[rank]);
  }

  public Optional<PersonFigures> person(String id) {
    int person = graph.personNumber(id);
    return person == OrgGraph.NONE ? Optional.empty() : Optional.of(personFigures(person));
  }

  /** The person as the model gives them (with their title), found by id without walking the people. */
  public Optional<Person> personInModel(String id) {
    int person = graph.personNumber(id);
    return person == OrgGraph.NONE ? Optional.empty() : Optional.of(graph.person(person));
  }

  private PersonFigures personFigures(int p) {
    Person person = graph.person(p);
    Rows reports = graph.reports();
    List<String> directReports = new ArrayList<>(reports.size(p));
    for (int k = 0; k < reports.size(p); k++) {
      directReports.add(graph.personId(reports.get(p, k)));
    }
    int team = graph.teamOf(p);
    return new PersonFigures(
        person.id(),
        person.name(),
        team == OrgGraph.NONE ? null : graph.nodeId(team),
        graph.managerOf(p) == OrgGraph.NONE ? null : graph.personId(graph.managerOf(p)),
        hierarchy.depth(p),
        IdOrder.sorted(directReports),
        valueChain.personHops(p),
        valueChain.chain(team));
  }
}
