package org.maillon.server.teams.picker;

import java.util.Locale;
import java.util.Optional;
import org.maillon.server.teams.TeamRights;

/**
 * Which teams a form lets the user pick, as the page that shows it decides: any team (filters,
 * scenarios), the teams they lead (campaigns), or those and their own (conversations). The suggestions
 * answer within the same scope, so that they offer nothing the form would refuse.
 */
public enum TeamScope {
  ANY, LED, LED_OR_OWN;

  /** Whether this user may pick this team here. */
  public boolean allows(TeamRights rights, String team) {
    return switch (this) {
      case ANY -> true;
      case LED -> rights.leads(team);
      case LED_OR_OWN -> rights.leadsOrOwn(team);
    };
  }

  /** The scope as the suggestions' link says it: {@code any}, {@code led} or {@code led-or-own}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<TeamScope> of(String code) {
    for (TeamScope scope : values()) {
      if (scope.code().equals(code)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
