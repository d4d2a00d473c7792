package org.maillon.server.teams;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maillon.card.CardStatement.Problem;
import org.maillon.card.Confirmations;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Link;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Access;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * A customer's lead confirming the supplier's current commitments on their link, for the API and
 * the pages alike: the customer team's lead (and the leads above them), managers and admins; a
 * final customer has no lead, so only managers and admins confirm for it. The confirmation, dated
 * with the server's day and signed with the user's person (none when the user is linked to nobody),
 * becomes a new version of the model, of format {@code confirm}, authored by the user.
 */
@Service
public class LinkConfirmation {

  /** The versions' format column holds 10 characters: "confirmation" would not fit. */
  static final String FORMAT = "confirmation";

  private final CurrentOrganization current;
  private final OrganizationService organizations;
  private final TeamLeadership leadership;

  LinkConfirmation(CurrentOrganization current, OrganizationService organizations, TeamLeadership leadership) {
    this.current = current;
    this.organizations = organizations;
    this.leadership = leadership;
  }

  /** Whether this user may confirm the link: they lead its customer team, or they are a manager. */
  public boolean mayConfirm(Authentication user, Diagnosis diagnosis, Link link) {
    return diagnosis.team(link.to()).isPresent() ? leadership.leads(user, diagnosis, link.to())
        : Access.isManager(user);
  }

  /**
   * Records the confirmation.
   *
   * @throws NotFoundException when no link goes from {@code from} to {@code to}
   * @throws AccessDeniedException when the user may not confirm it
   * @throws CardRejectedException when the link states nothing to confirm; nothing changes then
   */
  public OrganizationService.Imported confirm(Authentication user, String from, String to, Locale locale) {
    Diagnosis diagnosis = current.diagnosis();
    Link link = find(diagnosis, from, to)
        .orElseThrow(() -> new NotFoundException("No link goes from " + from + " to " + to + "."));
    if (!mayConfirm(user, diagnosis, link)) {
      throw new AccessDeniedException("Only the customer's lead, the leads above them, managers and admins confirm a link.");
    }
    String person = user.getPrincipal() instanceof MaillonUser maillon ? maillon.personId() : null;
    return organizations.change(model -> {
      Confirmations.Result result = Confirmations.confirm(model, from, to, person, organizations.today());
      if (result.refusal() == Confirmations.Refusal.NOTHING_STATED) {
        throw new CardRejectedException(List.of(new Problem("link", "nothingStated",
            "The link states no expectation and no commitment: there is nothing to confirm.")));
      }
      if (result.refusal() == Confirmations.Refusal.UNKNOWN_LINK) {
        throw new NotFoundException("No link goes from " + from + " to " + to + ".");
      }
      return result.organization();
    }, user.getName(), FORMAT, null, locale);
  }

  /** The link from {@code from} to {@code to} in the diagnosed model, if any. */
  static Optional<Link> find(Diagnosis diagnosis, String from, String to) {
    return diagnosis.linksFrom(from).stream().filter(l -> l.to().equals(to)).findFirst();
  }
}
