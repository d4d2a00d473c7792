package org.maillon.bureaucracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.graph.IdIndex;
import org.maillon.graph.IdOrder;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;
import org.maillon.hierarchy.Hierarchy;
import org.maillon.model.Procedure;
import org.maillon.model.TeamKind;

/**
 * The procedures analysed on int arrays: each one's owning team, the levels its approvals climb
 * and its support approvals on front-line work, then the organisation's and each team's figures.
 * Built in O(people + teams + procedures + approvals + served customers), with one hash lookup per
 * reference; a team's or a procedure's figures are assembled on demand. Flow efficiencies are
 * summed per team in the same pass ({@link FlowTimes}).
 */
public final class Bureaucracy {

  private final OrgGraph graph;
  private final List<Procedure> procedures;
  private final int maxApprovalLevels;
  private final double minFlowEfficiency;
  private final int[] teamOf;
  private final int[] climbed;
  private final int[] supportApprovals;
  private final Rows byTeam;
  private final BureaucracyFigures figures;

  private final FlowTimes times;

  private Bureaucracy(OrgGraph graph, Hierarchy hierarchy, int maxApprovalLevels, double minFlowEfficiency) {
    this.graph = graph;
    this.procedures = graph.model().procedures();
    this.maxApprovalLevels = maxApprovalLevels;
    this.minFlowEfficiency = minFlowEfficiency;
    int count = procedures.size();
    teamOf = new int[count];
    climbed = new int[count];
    supportApprovals = new int[count];
    int[] headDepth = headDepths(graph, hierarchy);
    for (int i = 0; i < count; i++) {
      Procedure procedure = procedures.get(i);
      teamOf[i] = graph.teamNumber(procedure.team());
      if (teamOf[i] == OrgGraph.NONE) {
        throw new IllegalArgumentException("unknown team " + procedure.team() + " of procedure " + procedure.id());
      }
      climbed[i] = levelsClimbed(procedure, headDepth[teamOf[i]], hierarchy);
      supportApprovals[i] = isFrontLineWork(procedure, teamOf[i]) ? supportApprovers(procedure) : 0;
    }
    byTeam = Rows.group(graph.teamCount(), teamOf);
    times = FlowTimes.of(procedures, teamOf, graph.teamCount());
    figures = computeFigures();
  }

  /**
   * @param maxApprovalLevels the levels a circuit may climb above the owning team's head
   * @param minFlowEfficiency the share of its lead time below which a procedure's work counts as drowned in waiting
   * @throws IllegalArgumentException on a reference the model validator would have rejected
   */
  public static Bureaucracy of(OrgGraph graph, Hierarchy hierarchy, int maxApprovalLevels, double minFlowEfficiency) {
    return new Bureaucracy(graph, hierarchy, maxApprovalLevels, minFlowEfficiency);
  }

  public BureaucracyFigures figures() {
    return figures;
  }

  /** The most approvals a circuit may hold: the team head's, and one per level it may climb. */
  public int maxApprovals() {
    return maxApprovalLevels + 1;
  }

  public int procedureCount() {
    return procedures.size();
  }

  /** The number of procedures of a team node. */
  public int procedureCount(int team) {
    return byTeam.size(team);
  }

  /** The procedure of position {@code i} in model order, measured. */
  public ProcedureFigures procedure(int i) {
    Procedure procedure = procedures.get(i);
    return new ProcedureFigures(procedure.id(), procedure.team(), procedure.name(), procedure.steps(),
        procedure.approvals().size(), climbed[i], supportApprovals[i], procedure.serves().isEmpty(),
        procedure.leadTimeDays(), procedure.workHours(), times.ofProcedure(i));
  }

  /** True when the procedure of position {@code i} states both times and its flow efficiency is below the floor. */
  public boolean lowFlowEfficiency(int i) {
    Double efficiency = times.ofProcedure(i);
    return efficiency != null && efficiency < minFlowEfficiency;
  }

  /** Positions in model order of the procedures, in the order of their ids. */
  public int[] positionsById() {
    String[] ids = procedures.stream().map(Procedure::id).toArray(String[]::new);
    IdIndex index = IdIndex.of(ids);
    return IdOrder.positionsById(ids.length, i -> ids[i], index::positionOf);
  }

  /** The procedures of a team node and their weight on it. */
  public TeamProcedures team(int team) {
    int count = byTeam.size(team);
    List<String> ids = new ArrayList<>(count);
    int approvals = 0;
    int max = 0;
    for (int k = 0; k < count; k++) {
      Procedure procedure = procedures.get(byTeam.get(team, k));
      ids.add(procedure.id());
      approvals += procedure.approvals().size();
      max = Math.max(max, procedure.approvals().size());
    }
    int members = graph.members().size(team);
    return new TeamProcedures(IdOrder.sorted(ids), members == 0 ? null : count * 100.0 / members,
        stats(approvals, max, count), times.teamTimed(team), times.ofTeam(team));
  }

  /** The smallest depth among each team's members, {@link Integer#MAX_VALUE} for a team without any. */
  private static int[] headDepths(OrgGraph graph, Hierarchy hierarchy) {
    int[] head = new int[graph.teamCount()];
    Arrays.fill(head, Integer.MAX_VALUE);
    for (int p = 0; p < graph.personCount(); p++) {
      int team = graph.teamOf(p);
      if (team != OrgGraph.NONE) {
        head[team] = Math.min(head[team], hierarchy.depth(p));
      }
    }
    return head;
  }

  /** The team head's depth minus the smallest approver's depth, at least 0; 0 for a team without members. */
  private int levelsClimbed(Procedure procedure, int headDepth, Hierarchy hierarchy) {
    int highest = Integer.MAX_VALUE;
    for (String approver : procedure.approvals()) {
      highest = Math.min(highest, hierarchy.depth(person(approver)));
    }
    return headDepth == Integer.MAX_VALUE || highest == Integer.MAX_VALUE ? 0 : Math.max(0, headDepth - highest);
  }

  /** Work of a front-line team, or work serving one. */
  private boolean isFrontLineWork(Procedure procedure, int team) {
    if (graph.kind(team) == TeamKind.FRONT_LINE) {
      return true;
    }
    for (String customer : procedure.serves()) {
      int node = graph.nodeNumber(customer);
      if (node != OrgGraph.NONE && graph.isTeam(node) && graph.kind(node) == TeamKind.FRONT_LINE) {
        return true;
      }
    }
    return false;
  }

  private int supportApprovers(Procedure procedure) {
    int support = 0;
    for (String approver : procedure.approvals()) {
      int team = graph.teamOf(person(approver));
      if (team != OrgGraph.NONE && graph.kind(team) == TeamKind.SUPPORT) {
        support++;
      }
    }
    return support;
  }

  private int person(String id) {
    int person = graph.personNumber(id);
    if (person == OrgGraph.NONE) {
      throw new IllegalArgumentException("unknown approver " + id);
    }
    return person;
  }

  private BureaucracyFigures computeFigures() {
    int count = procedures.size();
    int approvals = 0;
    int max = 0;
    int support = 0;
    List<String> climbing = new ArrayList<>();
    List<String> supported = new ArrayList<>();
    List<String> internal = new ArrayList<>();
    List<String> slow = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Procedure procedure = procedures.get(i);
      approvals += procedure.approvals().size();
      max = Math.max(max, procedure.approvals().size());
      support += supportApprovals[i];
      addIf(climbed[i] > maxApprovalLevels, climbing, procedure);
      addIf(supportApprovals[i] > 0, supported, procedure);
      addIf(procedure.serves().isEmpty(), internal, procedure);
      addIf(lowFlowEfficiency(i), slow, procedure);
    }
    int people = graph.personCount();
    return new BureaucracyFigures(count, people == 0 ? 0 : count * 100.0 / people, approvals,
        stats(approvals, max, count), maxApprovalLevels, IdOrder.sorted(climbing), support,
        IdOrder.sorted(supported), IdOrder.sorted(internal), new FlowFigures(times.timed(), times.overall(),
        minFlowEfficiency, IdOrder.sorted(slow)));
  }

  private static void addIf(boolean condition, List<String> ids, Procedure procedure) {
    if (condition) {
      ids.add(procedure.id());
    }
  }

  private static ApprovalStats stats(int approvals, int max, int procedures) {
    return procedures == 0 ? ApprovalStats.NONE : new ApprovalStats((double) approvals / procedures, max);
  }
}
