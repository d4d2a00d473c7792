package org.maillon.server.teams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Team;
import org.maillon.server.security.Access;
import org.maillon.server.security.MaillonUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may act for a team: managers and admins for every team; a user linked to a person for the
 * teams that person leads and the teams led by people below them in the reporting line, as the
 * model says now — a reorganisation moves the rights with it. Time linear in the people below the
 * user's person.
 */
@Component
public class TeamLeadership {

  /** Whether this user may edit the team's card and act for it. */
  public boolean leads(Authentication user, Diagnosis diagnosis, String teamId) {
    if (Access.isManager(user)) {
      return true;
    }
    String person = user != null && user.getPrincipal() instanceof MaillonUser maillon ? maillon.personId() : null;
    Team team = diagnosis.model().teams().stream().filter(t -> t.id().equals(teamId)).findFirst().orElse(null);
    if (person == null || team == null || team.lead() == null) {
      return false;
    }
    return below(diagnosis, person).contains(team.lead());
  }

  /** The person and everyone below them in the reporting line. */
  private static Set<String> below(Diagnosis diagnosis, String person) {
    Set<String> seen = new HashSet<>();
    Deque<String> next = new ArrayDeque<>();
    if (diagnosis.person(person).isPresent()) {
      next.add(person);
    }
    while (!next.isEmpty()) {
      String id = next.poll();
      if (seen.add(id)) {
        diagnosis.person(id).map(PersonFigures::directReports).ifPresent(next::addAll);
      }
    }
    return seen;
  }
}
