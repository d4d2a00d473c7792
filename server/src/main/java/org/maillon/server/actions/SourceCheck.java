package org.maillon.server.actions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.Subject;
import org.maillon.server.centricity.CentricityService;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.themes.Theme;
import org.maillon.server.themes.ThemeReport;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.server.voice.TeamVoices;
import org.springframework.stereotype.Component;

/**
 * Whether the current diagnosis still shows the sources of actions: a finding by its code and
 * subject, an index fix among its team's gains (by code), an overdue link among its team's overdue
 * links, a voice theme among its team's themes (by analysed term). Computed when actions are read,
 * each team's figures once per read, so that no job has to follow imports, card edits and answers.
 * Follow-ups are never said gone; nor is a voice theme while no theme analysis is available.
 */
@Component
public class SourceCheck {

  private final CentricityService centricity;
  private final ListeningOnTime listening;
  private final TeamVoices voices;

  SourceCheck(CentricityService centricity, ListeningOnTime listening, TeamVoices voices) {
    this.centricity = centricity;
    this.listening = listening;
    this.voices = voices;
  }

  /** The key of a finding as an action keeps it: {@code code:subject}. */
  public static String key(String code, Subject subject) {
    return code + ":" + subject.text();
  }

  /**
   * The key of an index fix as an action keeps it: {@code code:team}, the team its costs concern,
   * since the pages group a team's costs of one code into one fix.
   */
  public static String fixKey(String code, String team) {
    return code + ":" + team;
  }

  /** The key of an overdue link as an action keeps it: {@code from->to}. */
  public static String linkKey(String team, String customer) {
    return new Subject.Link(team, customer).text();
  }

  /** The actions, each saying whether its source is gone from this diagnosis. */
  List<Action> mark(List<Action> actions, Diagnosis diagnosis) {
    Live live = new Live(diagnosis);
    return actions.stream().map(a -> a.withSourceGone(!live.shows(a))).toList();
  }

  /** What the diagnosis shows, read once per kind and team. */
  private final class Live {
    private final Diagnosis diagnosis;
    private Set<String> findings;
    private final Map<String, Set<String>> fixes = new HashMap<>();
    private final Map<String, Set<String>> overdue = new HashMap<>();
    private final Map<String, Optional<Set<String>>> themes = new HashMap<>();

    Live(Diagnosis diagnosis) {
      this.diagnosis = diagnosis;
    }

    boolean shows(Action action) {
      return switch (action.sourceKind()) {
        case FINDING -> findings().contains(action.sourceKey());
        case INDEX_FIX -> fixes.computeIfAbsent(action.team(), this::fixes).contains(action.sourceKey());
        case OVERDUE_LINK -> overdue.computeIfAbsent(action.team(), this::overdue).contains(action.sourceKey());
        case VOICE_THEME -> themes.computeIfAbsent(action.team(), this::themes)
            .map(terms -> terms.stream().anyMatch(term -> action.sourceKey().startsWith(term + ":"))).orElse(true);
        case FOLLOW_UP, NONE -> true;
      };
    }

    private Set<String> findings() {
      if (findings == null) {
        findings = diagnosis.findings().stream().map((Finding f) -> key(f.code(), f.subject()))
            .collect(Collectors.toSet());
      }
      return findings;
    }

    private Set<String> fixes(String team) {
      try {
        return centricity.team(team).gains().stream().map(g -> fixKey(g.code(), g.subject().owner().orElse(team)))
            .collect(Collectors.toSet());
      } catch (NotFoundException gone) {
        return Set.of();
      }
    }

    /** The terms of the team's voice themes (recurring, with detractors, with promoters); empty without analysis. */
    private Optional<Set<String>> themes(String team) {
      try {
        ThemeReport report = voices.voice(team, null).themes();
        return Optional.ofNullable(report).map(r -> Stream.of(r.recurring(), r.detractorThemes(),
            r.promoterThemes()).flatMap(List::stream).map(Theme::term).collect(Collectors.toSet()));
      } catch (NotFoundException gone) {
        return Optional.of(Set.of());
      }
    }

    private Set<String> overdue(String team) {
      try {
        return listening.report(team).overdue().stream().filter(l -> l.overdue())
            .map(l -> linkKey(l.team(), l.customer())).collect(Collectors.toSet());
      } catch (NotFoundException gone) {
        return Set.of();
      }
    }
  }
}
