package org.maillon.server.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.maillon.card.CardStatement;
import org.maillon.card.Cards;
import org.maillon.card.TeamCard;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.system.RequestLocale;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One team's card, built from the current diagnosis. */
@RestController
@Tag(name = "teams", description = "Team cards: whom a team serves and depends on, its duties and requirements")
class TeamController {

  private final CurrentOrganization current;
  private final CardEditor editor;
  private final JsonMapper json;

  TeamController(CurrentOrganization current, CardEditor editor, JsonMapper json) {
    this.current = current;
    this.editor = editor;
    this.json = json;
  }

  /** A card statement with the reason for it, as the body of {@code PUT /api/teams/{id}/card} says them. */
  private record Body(CardStatement statement, String reason) {}

  /** The body read once the user may edit: a refused user learns nothing of what they sent. */
  private Body body(String body) {
    try {
      if (!(json.readTree(body) instanceof ObjectNode object)) {
        throw new IllegalArgumentException("The body is not a card statement: a JSON object is expected.");
      }
      JsonNode reason = object.remove("reason");
      if (reason != null && !reason.isNull() && !reason.isString()) {
        throw new IllegalArgumentException("The reason is not a text.");
      }
      return new Body(json.treeToValue(object, CardStatement.class),
          reason == null || reason.isNull() ? null : reason.asString());
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
          + "lists replace what the model states; `reason` (optional, at most 500 characters) says why. 422 lists "
          + "every problem ({field, code, message}) and changes nothing. An accepted card becomes a new version of "
          + "the model, authored by the user, with the reason.")
  @PutMapping(path = "/api/teams/{id}/card", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  SavedCard saveCard(@PathVariable String id, @RequestBody String body, Authentication user,
      @RequestParam(required = false) String lang, HttpServletRequest request) {
    editor.checkEditor(user, id);
    Body card = body(body);
    long version = editor.save(user, id, card.statement(), card.reason(), RequestLocale.of(request, lang));
    return new SavedCard(version, Cards.card(current.diagnosis(), id).orElseThrow());
  }
}
