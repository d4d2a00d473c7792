package org.maillon.server.bureaucracy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Procedure;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.NotFoundException;
import org.maillon.valuechain.AgreementFigures;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bureaucratisation for members: the organisation's procedure figures, requirements and duties
 * matched, and every procedure measured. The diagnosis endpoint holds the same figures but gives
 * members its summary only, without procedures; this one names no person (approvals are counted),
 * so members may read it, as they read the page.
 */
@RestController
@Tag(name = "bureaucracy", description = "Procedures, approval circuits, and requirements and duties matched")
class BureaucracyController {

  private final CurrentOrganization current;

  BureaucracyController(CurrentOrganization current) {
    this.current = current;
  }

  /** A procedure as the diagnosis measures it, with the customers it serves (ids; none for an internal control). */
  record ProcedureView(String id, String team, String name, int steps, int approvals, int levelsClimbed,
      int supportApprovalsOnFrontLine, boolean internalControl, List<String> serves) {}

  /** The organisation's figures and its procedures, by id. */
  record BureaucracyView(BureaucracyFigures bureaucracy, AgreementFigures agreements, List<ProcedureView> procedures) {}

  @Operation(summary = "Procedure figures, requirements and duties matched, and every procedure measured",
      description = "The figures of `bureaucracy` and `valueChain.agreements` in the diagnosis JSON, and its "
          + "`procedures` with the customers each serves (docs/bureaucracy.md). Members may read it: it names "
          + "no person. `team` keeps that team's procedures only; the figures stay the organisation's.")
  @GetMapping(path = "/api/bureaucracy", produces = MediaType.APPLICATION_JSON_VALUE)
  BureaucracyView bureaucracy(@Parameter(description = "a team id: only its procedures") @RequestParam(required = false)
      String team) {
    Diagnosis diagnosis = current.diagnosis();
    if (team != null && diagnosis.team(team).isEmpty()) {
      throw new NotFoundException("No team has the id " + team + ".");
    }
    Map<String, Procedure> stated = new HashMap<>();
    diagnosis.model().procedures().forEach(procedure -> stated.put(procedure.id(), procedure));
    List<ProcedureView> procedures = new ArrayList<>();
    for (int rank = 0; rank < diagnosis.procedureCount(); rank++) {
      ProcedureFigures p = diagnosis.procedure(rank);
      if (team == null || team.equals(p.team())) {
        procedures.add(new ProcedureView(p.id(), p.team(), p.name(), p.steps(), p.approvals(), p.levelsClimbed(),
            p.supportApprovalsOnFrontLine(), p.internalControl(), stated.get(p.id()).serves()));
      }
    }
    return new BureaucracyView(diagnosis.bureaucracy(), diagnosis.agreements(), procedures);
  }
}
