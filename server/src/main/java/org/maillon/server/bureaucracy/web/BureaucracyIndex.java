package org.maillon.server.bureaucracy.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.model.Link;
import org.maillon.model.Procedure;
import org.maillon.server.organization.PerDiagnosis;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.valuechain.TeamFigures;

/**
 * What the bureaucracy pages read, arranged once per diagnosis from figures the core computed: the
 * procedures in id order with their measures, each team's procedures and agreements, the links teams
 * supply, and the bureaucratisation findings. Nothing here walks the people on a request.
 */
final class BureaucracyIndex {

  private static final PerDiagnosis<BureaucracyIndex> CACHE = new PerDiagnosis<>(BureaucracyIndex::new);

  /**
   * A team's procedures ({@code per100} null without members), how many state their times and their
   * flow efficiency ({@code flow}, null without any), and its agreements on the links it supplies.
   */
  record TeamRow(String id, String label, String kind, int procedures, Double per100, double approvalsMean,
      int approvalsMax, int timed, Double flow, int expectations, int uncovered, int commitments, int unasked) {}

  private final List<ProcedureFigures> procedures = new ArrayList<>();
  private final Map<String, Procedure> stated = new HashMap<>();
  private final Map<String, List<ProcedureFigures>> byTeam = new HashMap<>();
  private final List<TeamRow> teams = new ArrayList<>();
  private final Map<String, TeamRow> teamsById = new HashMap<>();
  private final List<Link> links;
  private final List<Link> agreedLinks;
  private final List<TeamRow> withProcedures;
  private final List<TeamRow> heaviest;
  private final List<TeamRow> drifting;
  private final List<Finding> findings;
  private final Set<String> lowFlow;

  private BureaucracyIndex(Diagnosis diagnosis) {
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    for (Procedure procedure : diagnosis.model().procedures()) {
      stated.put(procedure.id(), procedure);
    }
    for (int rank = 0; rank < diagnosis.procedureCount(); rank++) {
      ProcedureFigures procedure = diagnosis.procedure(rank);
      procedures.add(procedure);
      byTeam.computeIfAbsent(procedure.team(), k -> new ArrayList<>()).add(procedure);
    }
    Map<String, int[]> stating = new HashMap<>();
    links = diagnosis.model().links().stream().filter(link -> index.isTeam(link.from()))
        .sorted(Comparator.comparing(Link::from).thenComparing(Link::to)).toList();
    for (Link link : links) {
      int[] counts = stating.computeIfAbsent(link.from(), k -> new int[2]);
      counts[0] += link.expectations().size();
      counts[1] += link.commitments().size();
    }
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamFigures team = diagnosis.team(rank);
      TeamProcedures own = diagnosis.teamProcedures(rank);
      int[] counts = stating.getOrDefault(team.id(), new int[2]);
      TeamRow row = new TeamRow(team.id(), index.label(team.id()), team.kind().code(), own.procedures().size(),
          own.proceduresPer100People(), own.approvalsPerProcedure().mean(), own.approvalsPerProcedure().max(),
          own.timedProcedures(), own.flowEfficiency(), counts[0], team.uncoveredExpectations().size(), counts[1], team.unaskedCommitments().size());
      teams.add(row);
      teamsById.put(row.id(), row);
    }
    lowFlow = Set.copyOf(diagnosis.bureaucracy().flow().lowFlowEfficiency());
    findings = diagnosis.findings().stream()
        .filter(finding -> finding.link() == ChainLink.BUREAUCRATISATION).toList();
    agreedLinks = links.stream().filter(link -> !link.expectations().isEmpty() || !link.commitments().isEmpty())
        .toList();
    withProcedures = teams.stream().filter(row -> row.procedures() > 0).toList();
    heaviest = withProcedures.stream().filter(row -> row.per100() != null)
        .sorted(Comparator.comparingDouble((TeamRow row) -> -row.per100()).thenComparing(TeamRow::id)).toList();
    drifting = drifting(teams);
  }

  /** Teams stating expectations or commitments, the most uncovered and unasked first, then by id. */
  static List<TeamRow> drifting(List<TeamRow> teams) {
    return teams.stream().filter(row -> row.expectations() + row.commitments() > 0)
        .sorted(Comparator.comparingInt((TeamRow row) -> -(row.uncovered() + row.unasked())).thenComparing(TeamRow::id))
        .toList();
  }

  static BureaucracyIndex of(Diagnosis diagnosis) {
    return CACHE.of(diagnosis);
  }

  /** Every procedure, measured, by id. */
  List<ProcedureFigures> procedures() {
    return procedures;
  }

  /** A team's procedures, measured, by id. */
  List<ProcedureFigures> procedures(String team) {
    return byTeam.getOrDefault(team, List.of());
  }

  /** The procedure as the model states it: approvers and customers served. */
  Procedure stated(String id) {
    return stated.get(id);
  }

  /** Whether the procedure's flow efficiency is below the floor of the settings. */
  boolean lowFlow(String procedure) {
    return lowFlow.contains(procedure);
  }

  /** Every team, by id. */
  List<TeamRow> teams() {
    return teams;
  }

  TeamRow team(String id) {
    return teamsById.get(id);
  }

  /** The links whose supplier is a team, by (from, to). */
  List<Link> links() {
    return links;
  }

  /** The links whose supplier is a team and that state expectations or commitments, by (from, to). */
  List<Link> agreedLinks() {
    return agreedLinks;
  }

  /** The teams with procedures, by id. */
  List<TeamRow> withProcedures() {
    return withProcedures;
  }

  /** The teams with procedures and members, the most procedures per 100 people first, then by id. */
  List<TeamRow> heaviest() {
    return heaviest;
  }

  /** Every team's agreements as {@link #drifting(List)} orders them. */
  List<TeamRow> drifting() {
    return drifting;
  }

  /** The bureaucratisation findings, in the diagnosis's order. */
  List<Finding> findings() {
    return findings;
  }
}
