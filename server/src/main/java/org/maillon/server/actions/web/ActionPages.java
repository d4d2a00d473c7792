package org.maillon.server.actions.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.actions.Action;
import org.maillon.server.actions.ActionService;
import org.maillon.server.actions.ActionStatus;
import org.maillon.model.Team;
import org.maillon.server.teams.TeamRights;
import org.maillon.server.valuechain.ValueChainIndex;

/**
 * What a page shows of actions, read when its template asks and once per request: whether the
 * reader may follow up on something of a team (the "Follow up" button), the actions of a team, of
 * a person, and the open ones, with names to show and whether each is overdue.
 */
public final class ActionPages {

  /** Most open actions the home page lists before its link to all of them. */
  static final int HOME = 10;

  private final ActionService actions;
  private final Diagnosis diagnosis;
  private final TeamRights rights;
  private ValueChainIndex index;

  ActionPages(ActionService actions, Diagnosis diagnosis, TeamRights rights) {
    this.actions = actions;
    this.diagnosis = diagnosis;
    this.rights = rights;
  }

  /** Whether the reader may create an action for this team. */
  public boolean may(String team) {
    return team != null && rights.leads(team);
  }

  /** The team's actions, overdue first. */
  public List<Action> ofTeam(String team) {
    return actions.actions(team, null, null);
  }

  /** The actions this person owns, overdue first. */
  public List<Action> ofPerson(String person) {
    return person == null ? List.of() : actions.actions(null, person, null);
  }

  /** The open and in-progress actions, overdue first, at most {@link #HOME}. */
  public List<Action> pending() {
    return actions.pending(HOME);
  }

  /** Whether the action is pending and past its due day. */
  public boolean overdue(Action action) {
    return action.overdue(today());
  }

  public LocalDate today() {
    return actions.today();
  }

  /**
   * Whom an action of this team may be given to on its page, by name: its owner, the team's lead and
   * its members (the API takes any person of the model).
   */
  public List<String> owners(Action action) {
    Set<String> people = new LinkedHashSet<>();
    people.add(action.owner());
    diagnosis.teamInModel(action.team()).map(Team::lead).ifPresent(people::add);
    diagnosis.team(action.team()).ifPresent(t -> people.addAll(t.members()));
    return List.copyOf(people);
  }

  /** A person's or team's name, else its id. */
  public String name(String id) {
    if (index == null) {
      index = ValueChainIndex.of(diagnosis);
    }
    return diagnosis.person(id).map(p -> p.name()).filter(n -> n != null && !n.isBlank()).orElseGet(() -> index.label(id));
  }
}
