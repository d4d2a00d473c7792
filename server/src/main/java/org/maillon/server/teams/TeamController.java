package org.maillon.server.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One team's figures in the current diagnosis. */
@RestController
@Tag(name = "teams", description = "A team's place in the value chain")
class TeamController {

  private final CurrentOrganization current;

  TeamController(CurrentOrganization current) {
    this.current = current;
  }

  @Operation(summary = "A team's card: suppliers, customers, customers' customers, hops, gaps")
  @GetMapping(path = "/api/teams/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  TeamView team(@PathVariable String id) {
    return current.diagnosis().team(id).map(TeamView::of)
        .orElseThrow(() -> new NotFoundException("No team has the id " + id + "."));
  }
}
