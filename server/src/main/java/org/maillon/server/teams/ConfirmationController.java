package org.maillon.server.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.system.RequestLocale;
import org.maillon.valuechain.LinkStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's lead confirms the supplier's commitments on their link (docs/cards.md#agreement). */
@RestController
@Tag(name = "teams", description = "Team cards: whom a team serves and depends on, its duties and requirements")
class ConfirmationController {

  private final LinkConfirmation confirmation;
  private final CurrentOrganization current;

  ConfirmationController(LinkConfirmation confirmation, CurrentOrganization current) {
    this.confirmation = confirmation;
    this.current = current;
  }

  /** A confirmation recorded: the version it made and the link's status now. */
  record Confirmed(long version, String from, String to, LinkStatus status) {}

  @Operation(summary = "Confirm the supplier's current commitments on a link, as its customer",
      description = "For the customer team's lead, the leads above them, managers and admins; a link to a final "
          + "customer only for managers and admins (403 otherwise). 404 without such a link, 422 when it states "
          + "nothing. The confirmation becomes a new version of the model, authored by the user; the link is "
          + "agreed when every expectation is answered too, else still pending.")
  @PostMapping(path = "/api/links/{from}/{to}/confirmation", produces = MediaType.APPLICATION_JSON_VALUE)
  Confirmed confirm(@PathVariable String from, @PathVariable String to, Authentication user,
      @RequestParam(required = false) String lang, HttpServletRequest request) {
    OrganizationService.Imported saved = confirmation.confirm(user, from, to, RequestLocale.of(request, lang));
    LinkStatus status = LinkConfirmation.find(current.diagnosis(), from, to).map(LinkStatus::of).orElseThrow();
    return new Confirmed(saved.version().id(), from, to, status);
  }
}
