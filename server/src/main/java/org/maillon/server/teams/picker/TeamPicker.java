package org.maillon.server.teams.picker;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.maillon.model.Team;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.NameSearch;
import org.maillon.server.teams.TeamLeadership;
import org.maillon.server.teams.TeamRights;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one team picker of every form that names a team: which teams the user may pick there, the team
 * a typed name or id names among them, what the page shows (every team in a select when there are at
 * most {@value #FEW}, else a text input with suggestions) and the suggestions themselves, at most
 * {@value #SUGGESTED}. A select of every team weighs megabytes at a hundred thousand teams.
 */
@Component
public class TeamPicker {

  /** Up to this many pickable teams, the picker is a plain select. */
  public static final int FEW = 200;
  /** The most suggestions one search answers. */
  public static final int SUGGESTED = 20;

  private final CurrentOrganization current;
  private final TeamLeadership leadership;
  private final MessageSource messages;

  TeamPicker(CurrentOrganization current, TeamLeadership leadership, MessageSource messages) {
    this.current = current;
    this.leadership = leadership;
    this.messages = messages;
  }

  /** The teams of the current organisation this user may pick in that scope. */
  public List<Team> pickable(Authentication user, TeamScope scope) {
    List<Team> teams = current.diagnosis().model().teams();
    if (scope == TeamScope.ANY) {
      return teams;
    }
    TeamRights rights = leadership.rights(user, current.diagnosis());
    return teams.stream().filter(t -> scope.allows(rights, t.id())).toList();
  }

  /**
   * The team that what was typed names among these: the one of that id, else the only one of that name
   * (case, accents and surrounding spaces aside); a translated problem when it names none or several.
   */
  public TeamPick pick(List<Team> teams, String typed, Locale locale) {
    if (typed == null || typed.isBlank()) {
      return TeamPick.NONE;
    }
    String wanted = typed.strip();
    if (teams.stream().anyMatch(t -> t.id().equals(wanted))) {
      return new TeamPick(wanted, wanted, null);
    }
    String folded = NameSearch.fold(wanted);
    List<String> named = teams.stream().filter(t -> t.name() != null && NameSearch.fold(t.name()).equals(folded))
        .map(Team::id).limit(2).toList();
    if (named.size() == 1) {
      return new TeamPick(wanted, named.get(0), null);
    }
    String key = named.isEmpty() ? "teams.pick.unknown" : "teams.pick.several";
    return new TeamPick(wanted, null, messages.getMessage(key, new Object[] {wanted}, locale));
  }

  /** What the page's picker shows for this pick among these teams. */
  public TeamChoice choice(List<Team> teams, TeamPick pick, TeamScope scope) {
    String text = pick.team() == null ? pick.typed()
        : teams.stream().filter(t -> t.id().equals(pick.team())).findFirst().map(TeamPicker::label).orElse(pick.team());
    List<TeamChoice.Option> options = teams.size() > FEW ? null
        : teams.stream().map(t -> new TeamChoice.Option(t.id(), label(t))).toList();
    return new TeamChoice(options, pick.team(), text, scope.code(), pick.problem());
  }

  /** At most {@value #SUGGESTED} teams this user may pick that what was typed suggests ({@link #suggested}). */
  List<Team> suggestions(Authentication user, TeamScope scope, String typed) {
    TeamRights rights = scope == TeamScope.ANY ? null : leadership.rights(user, current.diagnosis());
    return suggested(current.diagnosis().model().teams(), typed, t -> rights == null || scope.allows(rights, t.id()));
  }

  /**
   * The first {@value #SUGGESTED} of these teams, allowed, whose id begins with what was typed (case
   * aside) or whose name has each typed word at the start of one of its words, case and accents aside
   * ({@link NameSearch}): "qualite cli" suggests « Qualité clients ». None for blank text.
   */
  static List<Team> suggested(List<Team> teams, String typed, Predicate<Team> allowed) {
    String wanted = typed == null ? "" : typed.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    String id = wanted.toLowerCase(Locale.ROOT);
    Predicate<String> names = NameSearch.names(wanted);
    return teams.stream()
        .filter(t -> t.id().toLowerCase(Locale.ROOT).startsWith(id) || t.name() != null && names.test(t.name()))
        .filter(allowed)
        .limit(SUGGESTED).toList();
  }

  /** What a picker shows of a team: its name, else its id (a model's team may have no name). */
  public static String label(Team team) {
    return team.name() == null ? team.id() : team.name();
  }
}
