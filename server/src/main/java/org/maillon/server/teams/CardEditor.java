package org.maillon.server.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillon.card.CardEdits;
import org.maillon.card.CardStatement;
import org.maillon.card.CardStatement.Problem;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.organization.VersionReasons;
import org.maillon.server.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * A team's card edited, one way for the API and the pages: who may edit it, the statement and its
 * reason checked together, and an accepted card stored as a new version authored by its editor,
 * with their reason. Rights follow the model as it is now ({@link TeamLeadership}).
 */
@Service
public class CardEditor {

  /** What made the versions of edited cards. */
  static final String KIND = "card";

  private final CurrentOrganization current;
  private final OrganizationService organizations;
  private final TeamLeadership leadership;
  private final VersionReasons reasons;

  CardEditor(CurrentOrganization current, OrganizationService organizations, TeamLeadership leadership,
      VersionReasons reasons) {
    this.current = current;
    this.organizations = organizations;
    this.leadership = leadership;
    this.reasons = reasons;
  }

  /**
   * Lets through a user who may edit the team's card: its lead, the leads above them, managers and admins.
   *
   * @throws NotFoundException when no team has this id
   * @throws AccessDeniedException when the user may not edit its card
   */
  public void checkEditor(Authentication user, String team) {
    if (current.diagnosis().team(team).isEmpty()) {
      throw new NotFoundException("No team has the id " + team + ".");
    }
    if (!mayEdit(user, team)) {
      throw new AccessDeniedException("Only the team's lead, the leads above them, managers and admins edit its card.");
    }
  }

  /** Whether this user may edit the team's card, as the model says now. */
  public boolean mayEdit(Authentication user, String team) {
    return leadership.leads(user, current.diagnosis(), team);
  }

  /** Every problem of the statement and of the reason, against the model as it is now; none when both may be saved. */
  public List<Problem> problems(String team, CardStatement statement, String reason, Locale locale) {
    List<Problem> problems = new ArrayList<>(CardEdits.apply(current.diagnosis().model(), team, statement, organizations.today()).problems());
    reasons.problem(reason, locale).ifPresent(message -> problems.add(new Problem("reason", "tooLong", message)));
    return problems;
  }

  /**
   * Replaces the team's commitments, expectations and procedures with the statement's, as a new version.
   *
   * @param reason why, in the editor's words, or null
   * @return the id of the version made
   * @throws CardRejectedException with every problem of the statement and of the reason; nothing changes
   * @throws org.maillon.modelfile.ModelRejectedException when the model the card makes is invalid
   *     (a procedure's approver who does not exist…); nothing changes
   */
  public long save(Authentication user, String team, CardStatement statement, String reason, Locale locale) {
    checkEditor(user, team);
    if (reasons.problem(reason, locale).isPresent()) {
      throw new CardRejectedException(problems(team, statement, reason, locale));
    }
    return organizations.change(model -> {
      CardEdits.Result result = CardEdits.apply(model, team, statement, organizations.today());
      if (!result.problems().isEmpty()) {
        throw new CardRejectedException(result.problems());
      }
      return result.organization();
    }, user.getName(), KIND, reason, locale).version().id();
  }
}
