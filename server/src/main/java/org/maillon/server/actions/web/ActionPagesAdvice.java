package org.maillon.server.actions.web;

import org.maillon.server.actions.ActionService;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.teams.TeamLeadership;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the pages that show actions or their "Follow up" button (home, findings, {@code /me}, team
 * cards, listening, centricity, and this module's) an {@link ActionPages} as {@code actionPages}:
 * their modules are below actions, which may read them, not the reverse. Nothing is read until a
 * template asks; without a model yet, pages get none and show no actions.
 */
@ControllerAdvice(basePackages = {"org.maillon.server.diagnosis.web", "org.maillon.server.people.web",
    "org.maillon.server.teams.web", "org.maillon.server.voice.web", "org.maillon.server.centricity.web",
    "org.maillon.server.actions.web"})
class ActionPagesAdvice {

  private final ActionService actions;
  private final CurrentOrganization current;
  private final TeamLeadership leadership;

  ActionPagesAdvice(ActionService actions, CurrentOrganization current, TeamLeadership leadership) {
    this.actions = actions;
    this.current = current;
    this.leadership = leadership;
  }

  @ModelAttribute("actionPages")
  ActionPages actionPages(Authentication authentication) {
    if (authentication == null || current.loading()) {
      return null;
    }
    return current.get().map(now -> new ActionPages(actions, now.diagnosis(),
        leadership.rights(authentication, now.diagnosis()))).orElse(null);
  }
}
