package org.maillon.server.teams.picker;

import java.util.List;
import java.util.Locale;
import org.maillon.model.Team;
import org.maillon.server.organization.CurrentOrganization;
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
   * (case and surrounding spaces aside); a translated problem when it names none or several.
   */
  public TeamPick pick(List<Team> teams, String typed, Locale locale) {
    if (typed == null || typed.isBlank()) {
      return TeamPick.NONE;
    }
    String wanted = typed.strip();
    if (teams.stream().anyMatch(t -> t.id().equals(wanted))) {
      return new TeamPick(wanted, wanted, null);
    }
    List<String> named = teams.stream().filter(t -> t.name() != null && t.name().equalsIgnoreCase(wanted))
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

  /** At most {@value #SUGGESTED} teams this user may pick whose id or name begins with what was typed. */
  List<Team> suggestions(Authentication user, TeamScope scope, String typed) {
    String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return List.of();
    }
    TeamRights rights = scope == TeamScope.ANY ? null : leadership.rights(user, current.diagnosis());
    return current.diagnosis().model().teams().stream()
        .filter(t -> t.id().toLowerCase(Locale.ROOT).startsWith(wanted)
            || t.name() != null && t.name().toLowerCase(Locale.ROOT).startsWith(wanted))
        .filter(t -> rights == null || scope.allows(rights, t.id()))
        .limit(SUGGESTED).toList();
  }

  /** What a picker shows of a team: its name, else its id (a model's team may have no name). */
  public static String label(Team team) {
    return team.name() == null ? team.id() : team.name();
  }
}
