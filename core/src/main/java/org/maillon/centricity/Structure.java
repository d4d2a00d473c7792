package org.maillon.centricity;

import static org.maillon.centricity.Inputs.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.Subject;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.model.Procedure;
import org.maillon.valuechain.TeamFigures;

/**
 * The components the model alone determines — distance, requirements, procedures and, for the
 * organisation, levels — with the findings that cost them points. Read once per diagnosis, in
 * O(teams + links + procedures + findings), so that model versions of the past are scored the
 * same way as the current one.
 */
final class Structure {

  static final String DISTANCE_FORMULA = "max(0, (cap − hops) / (cap − 1)); no path = 0";
  static final String PROCEDURES_FORMULA = "1 / (1 + per100 / reference)";
  static final String LEVELS_FORMULA = "max(0, 1 − excess / levels)";

  private final Diagnosis diagnosis;
  private final int cap;
  private final double reference;
  private final Requirements requirements;
  private final Map<String, List<String>> internalControlsByTeam = new HashMap<>();
  private final Map<String, Set<String>> codesByTeam = new HashMap<>();

  Structure(Diagnosis diagnosis, ScoringSettings settings) {
    this.diagnosis = diagnosis;
    this.cap = settings.distanceCap();
    this.reference = settings.procedureReference();
    this.requirements = new Requirements(diagnosis);
    Set<String> internal = new HashSet<>(diagnosis.bureaucracy().internalControls());
    for (Procedure procedure : diagnosis.model().procedures()) {
      if (internal.contains(procedure.id())) {
        internalControlsByTeam.computeIfAbsent(procedure.team(), t -> new ArrayList<>()).add(procedure.id());
      }
    }
    for (Finding finding : diagnosis.findings()) {
      if (finding.subject() instanceof Subject.Team team) {
        codesByTeam.computeIfAbsent(team.id(), s -> new HashSet<>()).add(finding.code());
      }
    }
  }

  Diagnosis diagnosis() {
    return diagnosis;
  }

  /** Distance, requirements and procedures of one team. */
  void team(TeamFigures team, Inputs inputs) {
    Integer hops = team.hopsToCustomer();
    double distance = distance(hops);
    inputs.add(Component.DISTANCE, distance, DISTANCE_FORMULA,
        hops == null ? "= 0" : "max(0, (" + cap + " − " + hops + ") / (" + cap + " − 1)) = " + number(distance),
        "hops", hops, "cap", cap);
    Set<String> codes = codesByTeam.getOrDefault(team.id(), Set.of());
    if (codes.contains("DISCONNECTED_TEAM")) {
      inputs.cost("DISCONNECTED_TEAM", new Subject.Team(team.id()), Component.DISTANCE,
          Normalise.distance(cap - 1, cap));
    }
    if (codes.contains("SUPPORT_NOT_REACHING_FRONT_LINE")) {
      inputs.cost("SUPPORT_NOT_REACHING_FRONT_LINE", new Subject.Team(team.id()), Component.DISTANCE,
          Normalise.distance(2, cap));
    }
    if (codes.contains("FRONT_LINE_WITHOUT_FINAL_CUSTOMER")) {
      inputs.cost("FRONT_LINE_WITHOUT_FINAL_CUSTOMER", new Subject.Team(team.id()), Component.DISTANCE, 1);
    }

    requirements.team(team, inputs);

    TeamProcedures procedures = diagnosis.teamProcedures(team.id()).orElseThrow();
    int count = procedures.procedures().size();
    int members = team.members().size();
    Double per100 = procedures.proceduresPer100People();
    Double value = Normalise.procedures(per100, reference);
    inputs.add(Component.PROCEDURES, value, PROCEDURES_FORMULA,
        per100 == null ? null : "1 / (1 + " + number(per100) + " / " + number(reference) + ") = " + number(value),
        "procedures", count, "members", members, "per100", per100, "reference", reference);
    if (value != null) {
      for (String procedure : internalControlsByTeam.getOrDefault(team.id(), List.of())) {
        inputs.cost("INTERNAL_CONTROL", new Subject.Procedure(procedure, team.id()), Component.PROCEDURES,
            Normalise.procedures((count - 1) * 100.0 / members, reference));
      }
      if (codes.contains("PROCEDURE_HEAVY_TEAM")) {
        inputs.cost("PROCEDURE_HEAVY_TEAM", new Subject.Team(team.id()), Component.PROCEDURES,
            Normalise.procedures(100.0, reference));
      }
    }
  }

  double distance(Integer hops) {
    return Normalise.distance(hops, cap);
  }

  /** Distance (the mean over teams), requirements, procedures and levels of the organisation. */
  void organization(Inputs inputs) {
    int teams = diagnosis.teamCount();
    double sum = 0;
    for (int rank = 0; rank < teams; rank++) {
      sum += distance(diagnosis.hopsToCustomer(rank));
    }
    Double distance = teams == 0 ? null : sum / teams;
    inputs.add(Component.DISTANCE, distance, "mean over teams of " + DISTANCE_FORMULA,
        distance == null ? null : number(sum) + " / " + teams + " = " + number(distance),
        "sum", sum, "teams", teams, "cap", cap);
    if (distance != null) {
      for (Finding finding : diagnosis.findings()) {
        Optional<TeamFigures> team = finding.subject() instanceof Subject.Team subject
            ? diagnosis.team(subject.id()) : Optional.empty();
        if (team.isEmpty()) {
          continue;
        }
        double now = distance(team.get().hopsToCustomer());
        double fixed = switch (finding.code()) {
          case "DISCONNECTED_TEAM" -> Normalise.distance(cap - 1, cap);
          case "SUPPORT_NOT_REACHING_FRONT_LINE" -> Normalise.distance(2, cap);
          case "FRONT_LINE_WITHOUT_FINAL_CUSTOMER" -> 1;
          default -> now;
        };
        if (fixed > now) {
          inputs.cost(finding.code(), finding.subject(), Component.DISTANCE, distance + (fixed - now) / teams);
        }
      }
    }

    requirements.organization(diagnosis, inputs);

    BureaucracyFigures bureaucracy = diagnosis.bureaucracy();
    int headcount = diagnosis.headcount();
    Double per100 = headcount == 0 ? null : bureaucracy.proceduresPer100People();
    Double procedures = Normalise.procedures(per100, reference);
    inputs.add(Component.PROCEDURES, procedures, PROCEDURES_FORMULA,
        per100 == null ? null : "1 / (1 + " + number(per100) + " / " + number(reference) + ") = " + number(procedures),
        "procedures", bureaucracy.procedures(), "headcount", headcount, "per100", per100, "reference", reference);
    if (procedures != null) {
      double fixed = Normalise.procedures((bureaucracy.procedures() - 1) * 100.0 / headcount, reference);
      internalControlsByTeam.forEach((team, ids) -> ids.forEach(procedure ->
          inputs.cost("INTERNAL_CONTROL", new Subject.Procedure(procedure, team), Component.PROCEDURES, fixed)));
    }

    HierarchyFigures hierarchy = diagnosis.hierarchy();
    Double levels = Normalise.levels(headcount, hierarchy.excessLevels(), hierarchy.levelsBetweenTopAndBase());
    inputs.add(Component.LEVELS, levels, LEVELS_FORMULA,
        levels == null ? null : hierarchy.levelsBetweenTopAndBase() == 0 ? "no level between top and base = 1"
            : "max(0, 1 − " + hierarchy.excessLevels() + " / " + hierarchy.levelsBetweenTopAndBase() + ") = "
                + number(levels),
        "excess", hierarchy.excessLevels(), "levels", hierarchy.levelsBetweenTopAndBase(),
        "levelsNeeded", hierarchy.levelsNeeded());
    if (levels != null && hierarchy.excessLevels() > 0) {
      inputs.cost("EXCESS_LEVELS", new Subject.Organization(diagnosis.organization()), Component.LEVELS, 1);
    }
  }
}
