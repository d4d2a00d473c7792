package org.maillon.server.teams;

import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.server.organization.DerivedData;
import org.maillon.server.organization.PerDiagnosis;
import org.maillon.server.security.Access;
import org.maillon.server.security.MaillonUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may act for a team: managers and admins for every team; a user linked to a person for the
 * teams that person leads and the teams led by people below them in the reporting line, as the
 * model says now — a reorganisation moves the rights with it — and, where belonging is enough, for
 * their person's own team. The one place that decides it ({@link TeamRights}), for card editing,
 * listening and customer cards. Time linear in the teams led below the user's person, from an
 * index of the reporting line ({@link LeadIndex}) built once per diagnosis, ahead of the pages.
 */
@Component
public class TeamLeadership implements DerivedData {

  private final PerDiagnosis<LeadIndex> indexes = new PerDiagnosis<>(LeadIndex::new);

  @Override
  public void derive(Diagnosis diagnosis) {
    index(diagnosis);
  }

  /** The index of the reporting line of this diagnosis, built on its first use. */
  LeadIndex index(Diagnosis diagnosis) {
    return indexes.of(diagnosis);
  }

  /** What this user may do for which team in this diagnosis. */
  public TeamRights rights(Authentication user, Diagnosis diagnosis) {
    if (Access.isManager(user)) {
      return new TeamRights(true, Set.of(), null);
    }
    String person = user != null && user.getPrincipal() instanceof MaillonUser maillon ? maillon.personId() : null;
    if (person == null || diagnosis.person(person).isEmpty()) {
      return new TeamRights(false, Set.of(), null);
    }
    Set<String> led = index(diagnosis).ledBelow(person);
    String own = diagnosis.person(person).map(PersonFigures::team).filter(team -> !team.isEmpty()).orElse(null);
    return new TeamRights(false, led, own);
  }

  /** Whether this user may edit the team's card and act for it. */
  public boolean leads(Authentication user, Diagnosis diagnosis, String teamId) {
    return rights(user, diagnosis).leads(teamId);
  }
}
