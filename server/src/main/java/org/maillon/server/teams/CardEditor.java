package org.maillon.server.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    if (!leadership.leads(user, current.diagnosis(), team)) {
      throw new AccessDeniedException("Only the team's lead, the leads above them, managers and admins edit its card.");
    }
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
    Optional<Problem> wrongReason = reasons.problem(reason, locale).map(m -> new Problem("reason", "tooLong", m));
    if (wrongReason.isPresent()) {
      List<Problem> problems = new ArrayList<>(CardEdits.apply(current.diagnosis().model(), team, statement)
          .problems());
      problems.add(wrongReason.get());
      throw new CardRejectedException(problems);
    }
    return organizations.change(model -> {
      CardEdits.Result result = CardEdits.apply(model, team, statement);
      if (!result.problems().isEmpty()) {
        throw new CardRejectedException(result.problems());
      }
      return result.organization();
    }, user.getName(), KIND, reason, locale).version().id();
  }
}
