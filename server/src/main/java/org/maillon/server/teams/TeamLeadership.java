package org.maillon.server.teams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.server.security.Access;
import org.maillon.server.security.MaillonUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may act for a team: managers and admins for every team; a user linked to a person for the
 * teams that person leads and the teams led by people below them in the reporting line, as the
 * model says now — a reorganisation moves the rights with it — and, where belonging is enough, for
 * their person's own team. The one place that decides it ({@link TeamRights}), for card editing,
 * listening and customer cards. Time linear in the teams and the people below the user's person.
 */
@Component
public class TeamLeadership {

  /** What this user may do for which team in this diagnosis. */
  public TeamRights rights(Authentication user, Diagnosis diagnosis) {
    if (Access.isManager(user)) {
      return new TeamRights(true, Set.of(), null);
    }
    String person = user != null && user.getPrincipal() instanceof MaillonUser maillon ? maillon.personId() : null;
    if (person == null || diagnosis.person(person).isEmpty()) {
      return new TeamRights(false, Set.of(), null);
    }
    Set<String> below = below(diagnosis, person);
    Set<String> led = diagnosis.model().teams().stream().filter(t -> t.lead() != null && below.contains(t.lead()))
        .map(t -> t.id()).collect(Collectors.toSet());
    String own = diagnosis.person(person).map(PersonFigures::team).filter(team -> !team.isEmpty()).orElse(null);
    return new TeamRights(false, led, own);
  }

  /** Whether this user may edit the team's card and act for it. */
  public boolean leads(Authentication user, Diagnosis diagnosis, String teamId) {
    return rights(user, diagnosis).leads(teamId);
  }

  /** The person and everyone below them in the reporting line. */
  private static Set<String> below(Diagnosis diagnosis, String person) {
    Set<String> seen = new HashSet<>();
    Deque<String> next = new ArrayDeque<>();
    next.add(person);
    while (!next.isEmpty()) {
      String id = next.poll();
      if (seen.add(id)) {
        diagnosis.person(id).map(PersonFigures::directReports).ifPresent(next::addAll);
      }
    }
    return seen;
  }
}
