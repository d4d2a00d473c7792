package org.maillon.reference;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillon.model.Organization;
import org.maillon.model.Procedure;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bureaucratisation straight from docs/bureaucracy.md, one procedure at a time, with streams and
 * maps and no care for speed, so that it shares nothing with the engine's int arrays.
 */
final class ReferenceBureaucracy {

  private final Organization organization;
  private final ReferenceHierarchy hierarchy;
  private final TreeMap<String, Procedure> procedures = new TreeMap<>();

  ReferenceBureaucracy(Organization organization, ReferenceHierarchy hierarchy) {
    this.organization = organization;
    this.hierarchy = hierarchy;
    organization.procedures().forEach(p -> procedures.put(p.id(), p));
  }

  /** The head of a team is its highest member: the smallest depth among its members. */
  int levelsClimbed(Procedure procedure) {
    List<Integer> members = organization.people().stream().filter(p -> procedure.team().equals(p.team()))
        .map(p -> hierarchy.depth(p.id())).toList();
    if (members.isEmpty() || procedure.approvals().isEmpty()) {
      return 0;
    }
    int head = members.stream().min(Integer::compare).orElseThrow();
    int highest = procedure.approvals().stream().map(hierarchy::depth).min(Integer::compare).orElseThrow();
    return Math.max(0, head - highest);
  }

  boolean climbs(Procedure procedure) {
    return levelsClimbed(procedure) > organization.settings().maxApprovalLevels();
  }

  int supportApprovals(Procedure procedure) {
    boolean frontLineWork = kindOf(procedure.team()) == TeamKind.FRONT_LINE
        || procedure.serves().stream().anyMatch(id -> kindOf(id) == TeamKind.FRONT_LINE);
    if (!frontLineWork) {
      return 0;
    }
    return (int) procedure.approvals().stream()
        .map(id -> hierarchy.person(id).team())
        .filter(team -> team != null && kindOf(team) == TeamKind.SUPPORT)
        .count();
  }

  /** The kind of a team, or null when the id is no team. */
  private TeamKind kindOf(String id) {
    return organization.teams().stream().filter(t -> t.id().equals(id)).map(Team::kind).findFirst().orElse(null);
  }

  Map<String, Procedure> byId() {
    return procedures;
  }

  List<Procedure> ofTeam(String team) {
    return procedures.values().stream().filter(p -> p.team().equals(team)).toList();
  }

  ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    int count = procedures.size();
    int people = organization.people().size();
    node.put("procedures", count);
    node.put("proceduresPer100People", people == 0 ? 0.0 : 100.0 * count / people);
    node.put("approvals", approvals(List.copyOf(procedures.values())));
    node.set("approvalsPerProcedure", approvalsPerProcedure(List.copyOf(procedures.values())));
    node.put("maxApprovalLevels", organization.settings().maxApprovalLevels());
    node.set("climbingCircuits", ReferenceJson.strings(
        procedures.values().stream().filter(this::climbs).map(Procedure::id).toList()));
    node.put("supportApprovalsOnFrontLine", procedures.values().stream().mapToInt(this::supportApprovals).sum());
    node.set("frontLineApprovedBySupport", ReferenceJson.strings(
        procedures.values().stream().filter(p -> supportApprovals(p) > 0).map(Procedure::id).toList()));
    node.set("internalControls", ReferenceJson.strings(
        procedures.values().stream().filter(p -> p.serves().isEmpty()).map(Procedure::id).toList()));
    List<Procedure> all = List.copyOf(procedures.values());
    node.put("timedProcedures", timed(all).size());
    ReferenceJson.putNullable(node, "flowEfficiency", flowEfficiency(all));
    node.put("minFlowEfficiency", organization.settings().minFlowEfficiency());
    node.set("lowFlowEfficiency", ReferenceJson.strings(procedures.values().stream().filter(this::lowFlow)
        .map(Procedure::id).toList()));
    return node;
  }

  /** Its flow efficiency is below the setting: both times stated, work hours / (lead days × 24) < the floor. */
  boolean lowFlow(Procedure procedure) {
    Double efficiency = flowEfficiency(List.of(procedure));
    return efficiency != null && efficiency < organization.settings().minFlowEfficiency();
  }

  private static List<Procedure> timed(List<Procedure> list) {
    return list.stream().filter(p -> p.leadTimeDays() != null && p.workHours() != null).toList();
  }

  /** Σ work hours / Σ (lead days × 24) over the procedures stating both; null without any. */
  private static Double flowEfficiency(List<Procedure> list) {
    List<Procedure> timed = timed(list);
    if (timed.isEmpty()) {
      return null;
    }
    return timed.stream().mapToDouble(Procedure::workHours).sum()
        / timed.stream().mapToDouble(p -> p.leadTimeDays() * 24).sum();
  }

  /** The fields a team gains: its procedures, their number per 100 members, their approvals, their flow efficiency. */
  void teamFields(ObjectNode node, String team, int members) {
    List<Procedure> own = ofTeam(team);
    node.set("procedures", ReferenceJson.strings(own.stream().map(Procedure::id).toList()));
    if (members == 0) {
      node.putNull("proceduresPer100People");
    } else {
      node.put("proceduresPer100People", 100.0 * own.size() / members);
    }
    node.set("approvalsPerProcedure", approvalsPerProcedure(own));
    node.put("timedProcedures", timed(own).size());
    ReferenceJson.putNullable(node, "flowEfficiency", flowEfficiency(own));
  }

  ArrayNode proceduresJson() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Procedure procedure : procedures.values()) {
      ObjectNode node = array.addObject();
      node.put("id", procedure.id());
      node.put("team", procedure.team());
      ReferenceJson.putNullable(node, "name", procedure.name());
      node.put("steps", procedure.steps());
      node.put("approvals", procedure.approvals().size());
      node.put("levelsClimbed", levelsClimbed(procedure));
      node.put("supportApprovalsOnFrontLine", supportApprovals(procedure));
      node.put("internalControl", procedure.serves().isEmpty());
      ReferenceJson.putNullable(node, "leadTimeDays", procedure.leadTimeDays());
      ReferenceJson.putNullable(node, "workHours", procedure.workHours());
      ReferenceJson.putNullable(node, "flowEfficiency", flowEfficiency(List.of(procedure)));
    }
    return array;
  }

  private static int approvals(List<Procedure> list) {
    return list.stream().mapToInt(p -> p.approvals().size()).sum();
  }

  private static ObjectNode approvalsPerProcedure(List<Procedure> list) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("mean", list.isEmpty() ? 0.0 : (double) approvals(list) / list.size());
    node.put("max", list.stream().mapToInt(p -> p.approvals().size()).max().orElse(0));
    return node;
  }
}
