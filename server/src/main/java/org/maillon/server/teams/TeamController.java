package org.maillon.server.teams;

import jakarta.servlet.http.HttpServletRequest;
import org.maillon.card.CardEdits;
import org.maillon.card.CardStatement;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.system.RequestLocale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillon.card.Cards;
import org.maillon.card.TeamCard;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One team's card, built from the current diagnosis. */
@RestController
@Tag(name = "teams", description = "Team cards: whom a team serves and depends on, its duties and requirements")
class TeamController {

  private final CurrentOrganization current;
  private final OrganizationService organizations;
  private final TeamLeadership leadership;
  private final JsonMapper json;

  TeamController(CurrentOrganization current, OrganizationService organizations, TeamLeadership leadership,
      JsonMapper json) {
    this.current = current;
    this.organizations = organizations;
    this.leadership = leadership;
    this.json = json;
  }

  /** The body read once the user may edit: a refused user learns nothing of what they sent. */
  private CardStatement statement(String body) {
    try {
      return json.readValue(body, CardStatement.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The body is not a card statement: " + e.getOriginalMessage());
    }
  }

  /** A card saved: the version it made and the card as it now reads. */
  record SavedCard(long version, TeamCard card) {}

  @Operation(summary = "A team's card: suppliers, partners, customers, customers' customers, duties, requirements, gaps")
  @GetMapping(path = "/api/teams/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  TeamCard team(@PathVariable String id) {
    return Cards.card(current.diagnosis(), id)
        .orElseThrow(() -> new NotFoundException("No team has the id " + id + "."));
  }

  @Operation(summary = "Replace a team's own part of the model: its commitments, its expectations, its procedures",
      description = "For the team's lead, the leads above them, managers and admins (403 otherwise). The body's "
          + "lists replace what the model states; 422 lists every problem ({field, code, message}) and changes "
          + "nothing. An accepted card becomes a new version of the model, authored by the user.")
  @PutMapping(path = "/api/teams/{id}/card", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  SavedCard saveCard(@PathVariable String id, @RequestBody String body, Authentication user,
      @RequestParam(required = false) String lang, HttpServletRequest request) {
    if (current.diagnosis().team(id).isEmpty()) {
      throw new NotFoundException("No team has the id " + id + ".");
    }
    if (!leadership.leads(user, current.diagnosis(), id)) {
      throw new AccessDeniedException("Only the team's lead, the leads above them, managers and admins edit its card.");
    }
    CardStatement statement = statement(body);
    OrganizationService.Imported saved = organizations.change(model -> {
      CardEdits.Result result = CardEdits.apply(model, id, statement, organizations.today());
      if (!result.problems().isEmpty()) {
        throw new CardRejectedException(result.problems());
      }
      return result.organization();
    }, user.getName(), "card", RequestLocale.of(request, lang));
    return new SavedCard(saved.version().id(), Cards.card(current.diagnosis(), id).orElseThrow());
  }
}
