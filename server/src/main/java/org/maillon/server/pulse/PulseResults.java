package org.maillon.server.pulse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Team;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.PulseResponses;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.LastComputed;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.themes.VerbatimThemes;
import org.maillon.server.valuechain.ValueChainIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The pulse results other modules may show (the bureaucracy page, the centricity index): the
 * organisation's and each team's, from published answers only ({@link PulseFigures}) so that the
 * API and the pages show the same batches. A team's figures are its row of the organisation's.
 * They are kept while the model and the listening data are the same ({@link LastComputed}): every
 * visit of {@code /pulse} would otherwise read every response and walk every team.
 */
@Service
public class PulseResults {

  private final PulseResponses records;
  private final ListeningService listening;
  private final CurrentOrganization current;
  private final ObjectProvider<VerbatimThemes> themes;
  private final int defaultThreshold;
  private final LastComputed<OrganizationPulse> last = new LastComputed<>("maillon-pulse");

  PulseResults(PulseResponses records, ListeningService listening, CurrentOrganization current,
      ObjectProvider<VerbatimThemes> themes,
      @Value("${maillon.listening.default-anonymity-threshold:5}") int defaultThreshold) {
    this.records = records;
    this.listening = listening;
    this.current = current;
    this.themes = themes;
    this.defaultThreshold = defaultThreshold;
  }

  /**
   * The organisation's pulse, in O(teams + procedures + responses), plus the themes' analysis,
   * linear in the length of the published free texts; the last one computed while the model and
   * the listening data are the same (pulses are campaigns, their answers responses).
   *
   * @throws org.maillon.server.organization.NoModelException when no model was imported
   */
  public OrganizationPulse organization() {
    Diagnosis diagnosis = current.diagnosis();
    return last.get(diagnosis, listening.state(), 0, () -> organization(diagnosis));
  }

  private OrganizationPulse organization(Diagnosis diagnosis) {
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    List<String> teams = index.teams().stream().map(Team::id).toList();
    PulseFigures figures = PulseFigures.of(records.thresholds(), defaultThreshold, teams, records.answers());
    int threshold = figures.threshold();
    Map<String, Integer> invitations = records.invitations();
    Map<String, List<String>> climbing = climbingByTeam(diagnosis);
    List<TeamPulse> rows = new ArrayList<>();
    figures.teams().forEach((team, means) -> rows.add(row(team, means, threshold, invitations, index, diagnosis,
        climbing)));
    PulseMeans total = figures.total();
    List<OrganizationPulse.PeriodPulse> trend = figures.trend().stream()
        .map(p -> new OrganizationPulse.PeriodPulse(p.period(), p.means().responses(), p.means().hoursLost(),
            p.means().customerShare(), p.means().freedom(), p.means().hidden()))
        .toList();
    return new OrganizationPulse(threshold, invitations.values().stream().mapToInt(Integer::intValue).sum(),
        total.responses(), total.hoursLost(), total.customerShare(), total.freedom(), total.hidden(), rows, trend,
        PulseThemes.of(themes.getIfAvailable(), figures.texts(), threshold));
  }

  /**
   * A team's pulse: its row of the organisation's.
   *
   * @throws NotFoundException when the current model has no team of this id
   */
  public TeamPulse team(String id) {
    if (id == null || current.diagnosis().team(id).isEmpty()) {
      throw new NotFoundException("No team has the id " + id + ".");
    }
    return organization().teams().stream().filter(row -> row.team().equals(id)).findFirst().orElseThrow();
  }

  private static TeamPulse row(String team, PulseMeans means, int threshold, Map<String, Integer> invitations,
      ValueChainIndex index, Diagnosis diagnosis, Map<String, List<String>> climbing) {
    TeamPulse.Structure structure = diagnosis.teamProcedures(team)
        .map(procedures -> structure(procedures, climbing.getOrDefault(team, List.of()))).orElse(null);
    return new TeamPulse(team, index.isTeam(team) ? index.label(team) : team, threshold,
        invitations.getOrDefault(team, 0), means.responses(), means.hoursLost(), means.customerShare(),
        means.freedom(), means.hidden(), structure);
  }

  private static TeamPulse.Structure structure(TeamProcedures procedures, List<String> climbing) {
    return new TeamPulse.Structure(procedures.procedures().size(), procedures.proceduresPer100People(), climbing);
  }

  /** The climbing circuits of the diagnosis, by owning team, in id order. */
  private static Map<String, List<String>> climbingByTeam(Diagnosis diagnosis) {
    Set<String> climbing = Set.copyOf(diagnosis.bureaucracy().climbingCircuits());
    Map<String, List<String>> byTeam = new HashMap<>();
    if (climbing.isEmpty()) {
      return byTeam;
    }
    for (int rank = 0; rank < diagnosis.procedureCount(); rank++) {
      ProcedureFigures procedure = diagnosis.procedure(rank);
      if (climbing.contains(procedure.id())) {
        byTeam.computeIfAbsent(procedure.team(), t -> new ArrayList<>()).add(procedure.id());
      }
    }
    return byTeam;
  }
}
