package org.maillon.server.teams;

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

  TeamController(CurrentOrganization current) {
    this.current = current;
  }

  @Operation(summary = "A team's card: suppliers, partners, customers, customers' customers, duties, requirements, gaps")
  @GetMapping(path = "/api/teams/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  TeamCard team(@PathVariable String id) {
    return Cards.card(current.diagnosis(), id)
        .orElseThrow(() -> new NotFoundException("No team has the id " + id + "."));
  }
}
