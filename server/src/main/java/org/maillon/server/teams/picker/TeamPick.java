package org.maillon.server.teams.picker;

/**
 * What was typed or chosen in a team picker and the team it names.
 *
 * @param typed what the form sent, stripped; null when nothing
 * @param team the id of the team it names, or null
 * @param problem why it names none, translated; null when it does or nothing was typed
 */
public record TeamPick(String typed, String team, String problem) {

  /** Nothing typed, nothing chosen. */
  public static final TeamPick NONE = new TeamPick(null, null, null);

  /** A team already chosen (its id), or none when null. */
  public static TeamPick chosen(String team) {
    return team == null ? NONE : new TeamPick(team, team, null);
  }

  /** Whether the form named a team it may not or that does not exist. */
  public boolean wrong() {
    return problem != null;
  }
}
