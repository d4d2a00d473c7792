package org.maillon.server.centricity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The customer-centricity index in JSON: any signed-in user may read it. */
@RestController
@Tag(name = "centricity", description = "Customer-centricity index of the organisation and of each team")
class CentricityController {

  private final CentricityService centricity;
  private final CentricityEvolution evolution;

  CentricityController(CentricityService centricity, CentricityEvolution evolution) {
    this.centricity = centricity;
    this.evolution = evolution;
  }

  @Operation(summary = "The organisation's index with its components, the largest gains, and every team's index, "
      + "lowest first")
  @GetMapping(path = "/api/centricity", produces = MediaType.APPLICATION_JSON_VALUE)
  OrganizationCentricity organization() {
    return centricity.organization();
  }

  @Operation(summary = "A team's index: each component's raw figures, formula, value, weight, points and what "
      + "fixing each cost would gain; and whether each customer's voice agrees with the commitments")
  @GetMapping(path = "/api/teams/{id}/centricity", produces = MediaType.APPLICATION_JSON_VALUE)
  TeamCentricity team(@PathVariable String id) {
    return centricity.team(id);
  }

  @Operation(summary = "The organisation's index across the latest model versions and the latest quarters")
  @GetMapping(path = "/api/centricity/history", produces = MediaType.APPLICATION_JSON_VALUE)
  CentricityHistory history() {
    return evolution.history();
  }
}
