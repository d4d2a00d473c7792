package org.maillon.server.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.teams.TeamLeadership;
import org.maillon.server.teams.TeamRights;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API and the pages do with actions. A team's leads (as {@link TeamLeadership} says),
 * managers and admins create and change the team's actions; an action's owner may change its
 * status and notes; everyone signed in reads them. Every write checks first and stores nothing
 * when a rule is broken; every read says whether the action's source is gone.
 */
@Service
public class ActionService {

  private final ActionStore store;
  private final CurrentOrganization current;
  private final TeamLeadership leadership;
  private final SourceCheck sources;
  private final Clock clock;

  ActionService(ActionStore store, CurrentOrganization current, TeamLeadership leadership, SourceCheck sources,
      Clock clock) {
    this.store = store;
    this.current = current;
    this.leadership = leadership;
    this.sources = sources;
    this.clock = clock;
  }

  /** Today, in UTC as every day of Maillon. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /**
   * Creates an action, for a team the user leads: 403 for a team of the model they do not lead
   * (or for anything, when they lead no team), every problem at once otherwise.
   */
  @Transactional
  public Action create(NewAction action, Authentication user) {
    Diagnosis diagnosis = current.diagnosis();
    TeamRights rights = leadership.rights(user, diagnosis);
    boolean known = action.team() != null && diagnosis.team(action.team()).isPresent();
    if (!rights.leads(action.team()) && (known || !rights.leadsAny())) {
      throw new AccessDeniedException("Only the team's leads, managers and admins create its actions.");
    }
    if (SourceKind.FOLLOW_UP.code().equals(action.sourceKind())) {
      throw new ActionRejected(List.of(new ActionRejected.Problem("sourceKind", "followUpByHand", List.of())));
    }
    long id = store.add(action.check(diagnosis, today()), user.getName(), clock.instant());
    return read(id, diagnosis);
  }

  /** Whether this user may create and change every field of the team's actions. */
  public boolean leads(Authentication user, String team) {
    return leadership.leads(user, current.diagnosis(), team);
  }

  /** The action of this id, saying whether its source is gone; {@link NotFoundException} otherwise. */
  public Action action(long id) {
    return read(id, current.diagnosis());
  }

  /** The actions the filter keeps, overdue first, then by due day. */
  public List<Action> actions(String team, String owner, ActionStatus status) {
    List<Action> found = store.list(new ActionStore.Filter(team, owner, status));
    return sources.mark(found, current.diagnosis()).stream().sorted(Action.overdueFirst(today())).toList();
  }

  /** The actions still pending (open or in progress) whose due day is this day or before, by id. */
  public List<Action> pendingDueBy(LocalDate last) {
    return store.list(new ActionStore.Filter(null, null, null)).stream()
        .filter(action -> action.status().pending() && !action.due().isAfter(last)).toList();
  }

  /**
   * The first open or in-progress actions, overdue first, then by due day, at most {@code limit}:
   * read from the database in that order, not all of them, for the home page.
   */
  public List<Action> pending(int limit) {
    return sources.mark(store.pending(limit), current.diagnosis());
  }

  /**
   * Changes an action: any field for the team's leads, managers and admins; its status and notes
   * for its owner; 403 for anyone else. A change that changes nothing writes nothing, so that
   * {@code updatedAt} says when the action last really changed.
   */
  @Transactional
  public Action change(long id, ActionChange change, Authentication user) {
    Diagnosis diagnosis = current.diagnosis();
    Action action = read(id, diagnosis);
    if (!leadership.leads(user, diagnosis, action.team())
        && !(owns(user, action) && change.onlyStatusAndNotes())) {
      throw new AccessDeniedException("Only the team's leads, managers and admins change an action;"
          + " its owner changes its status and notes.");
    }
    NewAction.Checked changed = change.applyTo(action, diagnosis);
    if (changed.changes(action)) {
      store.update(id, changed, clock.instant());
    }
    return read(id, diagnosis);
  }

  /** Whether the user's person owns the action. */
  public static boolean owns(Authentication user, Action action) {
    return user != null && user.getPrincipal() instanceof MaillonUser maillon
        && action.owner().equals(maillon.personId());
  }

  private Action read(long id, Diagnosis diagnosis) {
    Action action = store.find(id).orElseThrow(() -> new NotFoundException("No action has the id " + id + "."));
    return sources.mark(List.of(action), diagnosis).get(0);
  }
}
