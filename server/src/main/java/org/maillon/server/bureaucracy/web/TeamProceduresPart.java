package org.maillon.server.bureaucracy.web;

import java.util.List;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.bureaucracy.web.BureaucracyIndex.TeamRow;
import org.maillon.server.bureaucracy.web.BureaucracyPageController.ProcedureRow;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.valuechain.ValueChainIndex;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The procedures part of a team card: how many procedures the team runs, per 100 members, and the
 * first {@link #SHOWN} of them with their circuits, so the card stays short. The teams module asks
 * for it, which is why it is this module's one exposed type beside its base package, and hands it
 * to the fragment {@code bureaucracy/parts :: teamProcedures}.
 */
@Component
@NamedInterface("team-procedures")
public class TeamProceduresPart {

  static final int SHOWN = 10;

  private final CurrentOrganization current;

  TeamProceduresPart(CurrentOrganization current) {
    this.current = current;
  }

  /** A team's procedures on its card. */
  public record Part(TeamRow team, List<ProcedureRow> procedures, int total) {}

  /** The part for this team, or null without a model or for an unknown team. */
  public Part of(String teamId) {
    Diagnosis diagnosis = current.get().map(CurrentOrganization.Current::diagnosis).orElse(null);
    if (diagnosis == null) {
      return null;
    }
    BureaucracyIndex index = BureaucracyIndex.of(diagnosis);
    TeamRow team = index.team(teamId);
    if (team == null) {
      return null;
    }
    List<ProcedureFigures> procedures = index.procedures(teamId);
    ValueChainIndex nodes = ValueChainIndex.of(diagnosis);
    int max = diagnosis.bureaucracy().maxApprovalLevels();
    return new Part(team, procedures.subList(0, Math.min(procedures.size(), SHOWN)).stream()
        .map(procedure -> BureaucracyPageController.row(diagnosis, index, nodes, procedure, max)).toList(),
        procedures.size());
  }
}
