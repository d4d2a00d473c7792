package org.maillon.server.teams;

import java.util.Set;

/**
 * What one user may do for which team, decided once per request by {@link TeamLeadership} so that
 * card editing, listening and customer cards ask the same question the same way: a manager or
 * admin acts for every team; a user linked to a person leads the teams of {@code led} and belongs
 * to {@code own} (null when their person has no team, or they are linked to no one).
 *
 * @param everyTeam true for managers and admins
 * @param led the teams the user leads, as the model says now
 * @param own the team of the user's person, or null
 */
public record TeamRights(boolean everyTeam, Set<String> led, String own) {

  public TeamRights {
    led = Set.copyOf(led);
  }

  /** Whether the user leads this team: edits its card, runs its listening (campaigns, invitations). */
  public boolean leads(String team) {
    return everyTeam || led.contains(team);
  }

  /** Whether the user leads this team or belongs to it: logs its conversations, adds to its customers' cards. */
  public boolean leadsOrOwn(String team) {
    return leads(team) || team != null && team.equals(own);
  }

  /** Whether the user leads any team at all: those who lead none are refused before anything is read. */
  public boolean leadsAny() {
    return everyTeam || !led.isEmpty();
  }
}
