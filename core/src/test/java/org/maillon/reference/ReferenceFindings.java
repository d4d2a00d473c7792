package org.maillon.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.maillon.model.Organization;
import org.maillon.model.Procedure;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings table of docs/diagnosis-json.md, row by row. Only code, severity and subject are
 * produced: messages are the engine's wording and are checked for presence, not compared.
 */
final class ReferenceFindings {

  /** One expected finding; {@code rank} orders severities, critical first. */
  record Expected(int rank, String severity, String code, String subject) {
    static final Comparator<Expected> ORDER = Comparator.comparingInt(Expected::rank)
        .thenComparing(Expected::code)
        .thenComparing(Expected::subject);
  }

  private final List<Expected> findings = new ArrayList<>();
  private final Organization organization;
  private final ReferenceHierarchy hierarchy;
  private final ReferenceValueChain valueChain;
  private final ReferenceBureaucracy bureaucracy;

  ReferenceFindings(Organization organization, ReferenceHierarchy hierarchy, ReferenceValueChain valueChain,
      ReferenceBureaucracy bureaucracy) {
    this.organization = organization;
    this.hierarchy = hierarchy;
    this.valueChain = valueChain;
    this.bureaucracy = bureaucracy;
    organizationFindings();
    teamFindings();
    personFindings();
    procedureFindings();
    findings.sort(Expected.ORDER);
  }

  private void critical(String code, String subject) {
    findings.add(new Expected(0, "critical", code, subject));
  }

  private void warning(String code, String subject) {
    findings.add(new Expected(1, "warning", code, subject));
  }

  private void info(String code, String subject) {
    findings.add(new Expected(2, "info", code, subject));
  }

  private void organizationFindings() {
    String subject = organization.name() == null ? "organization" : organization.name();
    if (!valueChain.teams.isEmpty() && valueChain.finalCustomers.isEmpty()) {
      critical("NO_FINAL_CUSTOMER", subject);
    }
    int excess = hierarchy.excessLevels();
    if (excess >= 2) {
      critical("EXCESS_LEVELS", subject);
    } else if (excess == 1) {
      warning("EXCESS_LEVELS", subject);
    }
    if (hierarchy.tops().size() > 1) {
      warning("MULTIPLE_TOPS", subject);
    }
  }

  private void teamFindings() {
    for (Team team : valueChain.teams.values()) {
      String id = team.id();
      if (valueChain.hops(id) == null) {
        critical("DISCONNECTED_TEAM", id);
      }
      if (valueChain.customers(id).isEmpty()) {
        warning("TEAM_WITHOUT_CUSTOMER", id);
      }
      if (team.kind() == TeamKind.SUPPORT && !valueChain.reachesFrontLine(id)) {
        warning("SUPPORT_NOT_REACHING_FRONT_LINE", id);
      }
      if (team.kind() == TeamKind.FRONT_LINE && !valueChain.hasDirectFinalCustomer(id)) {
        warning("FRONT_LINE_WITHOUT_FINAL_CUSTOMER", id);
      }
      valueChain.uncoveredExpectations(id).forEach(u -> warning("UNCOVERED_EXPECTATION", id + "->" + u.link()));
      valueChain.unaskedCommitments(id).forEach(u -> info("UNASKED_COMMITMENT", id + "->" + u.link()));
      valueChain.outgoingLinks(id).stream().filter(l -> ReferenceValueChain.status(l) == 0)
          .forEach(l -> warning("EMPTY_LINK", id + "->" + l.to()));
      if (valueChain.members(id).isEmpty()) {
        info("EMPTY_TEAM", id);
      }
    }
    valueChain.inversions().forEach(i -> warning("INVERSION", i.link() + "->" + i.second()));
  }

  private void personFindings() {
    hierarchy.passThroughManagers().forEach(id -> warning("PASS_THROUGH_MANAGER", id));
    hierarchy.wideSpanManagers().forEach(id -> warning("WIDE_SPAN", id));
    hierarchy.narrowSpanManagers().forEach(id -> info("NARROW_SPAN", id));
    for (String id : hierarchy.personIds()) {
      if (hierarchy.person(id).team() == null) {
        info("PERSON_WITHOUT_TEAM", id);
      }
    }
  }

  private void procedureFindings() {
    for (Team team : valueChain.teams.values()) {
      if (bureaucracy.ofTeam(team.id()).size() > valueChain.members(team.id()).size()) {
        warning("PROCEDURE_HEAVY_TEAM", team.id());
      }
    }
    int levels = organization.settings().maxApprovalLevels();
    for (Procedure procedure : bureaucracy.byId().values()) {
      if (procedure.approvals().size() > levels + 1) {
        info("LONG_APPROVAL_CIRCUIT", procedure.id());
      }
      if (bureaucracy.climbs(procedure)) {
        warning("CLIMBING_APPROVAL_CIRCUIT", procedure.id());
      }
      if (bureaucracy.supportApprovals(procedure) > 0) {
        warning("SUPPORT_APPROVES_FRONT_LINE", procedure.id());
      }
      if (procedure.serves().isEmpty()) {
        info("INTERNAL_CONTROL", procedure.id());
      }
      if (bureaucracy.lowFlow(procedure)) {
        warning("LOW_FLOW_EFFICIENCY", procedure.id());
      }
    }
  }

  List<Expected> all() {
    return List.copyOf(findings);
  }

  ArrayNode toJson() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Expected finding : findings) {
      ObjectNode node = array.addObject();
      node.put("code", finding.code());
      node.put("severity", finding.severity());
      node.put("subject", finding.subject());
    }
    return array;
  }
}
