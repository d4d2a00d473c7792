package org.maillon.server.teams;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Team;

/**
 * The teams led at or below each person of a diagnosis, so that {@link TeamLeadership} answers in
 * time linear in the teams led below the user's person instead of walking everyone below them (the
 * whole organisation for its head: 8 to 19 seconds at a million people). Only the team leads and
 * the people above them are numbered, depth first, so that the teams led below anyone of them are
 * one run of {@code teams}; anyone else leads no team and has none led below them. Built once per
 * diagnosis, in time linear in the leads and the people above them.
 */
final class LeadIndex {

  /** The teams, those led below a person one after another. */
  private final List<String> teams = new ArrayList<>();
  /** For each lead and person above a lead, where their run of {@code teams} starts and ends. */
  private final Map<String, int[]> runs = new HashMap<>();

  /** A step of the walk: entering a person, or leaving them after their run started at {@code start}. */
  private record Step(String person, int start, boolean leaving) {}

  LeadIndex(Diagnosis diagnosis) {
    Map<String, List<String>> led = new HashMap<>();
    for (Team team : diagnosis.model().teams()) {
      if (team.lead() != null && diagnosis.person(team.lead()).isPresent()) {
        led.computeIfAbsent(team.lead(), lead -> new ArrayList<>()).add(team.id());
      }
    }
    Map<String, List<String>> reports = new HashMap<>();
    List<String> tops = new ArrayList<>();
    led.keySet().forEach(lead -> climb(diagnosis, lead, reports, tops));
    tops.forEach(top -> number(top, led, reports));
  }

  /** The teams this person leads or that are led by someone below them. */
  Set<String> ledBelow(String person) {
    int[] run = runs.get(person);
    return run == null ? Set.of() : Set.copyOf(teams.subList(run[0], run[1]));
  }

  /**
   * Adds the lead and the people above them not yet met to {@code reports} (each with those of
   * their reports met), and the top of their line to {@code tops}.
   */
  private static void climb(Diagnosis diagnosis, String lead, Map<String, List<String>> reports, List<String> tops) {
    if (reports.putIfAbsent(lead, new ArrayList<>()) != null) {
      return;
    }
    String person = lead;
    while (true) {
      String manager = diagnosis.person(person).map(PersonFigures::manager)
          .filter(id -> diagnosis.person(id).isPresent()).orElse(null);
      if (manager == null) {
        tops.add(person);
        return;
      }
      List<String> above = reports.get(manager);
      if (above != null) {
        above.add(person);
        return;
      }
      reports.put(manager, new ArrayList<>(List.of(person)));
      person = manager;
    }
  }

  /** Numbers {@code top} and those below them met, depth first, without recursion (lines can be deep). */
  private void number(String top, Map<String, List<String>> led, Map<String, List<String>> reports) {
    Deque<Step> steps = new ArrayDeque<>();
    steps.push(new Step(top, 0, false));
    while (!steps.isEmpty()) {
      Step step = steps.pop();
      if (step.leaving()) {
        runs.put(step.person(), new int[] {step.start(), teams.size()});
        continue;
      }
      steps.push(new Step(step.person(), teams.size(), true));
      teams.addAll(led.getOrDefault(step.person(), List.of()));
      reports.get(step.person()).forEach(report -> steps.push(new Step(report, 0, false)));
    }
  }
}
