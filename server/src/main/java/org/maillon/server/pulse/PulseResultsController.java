package org.maillon.server.pulse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The bureaucracy pulse's results, organisation-wide and per team, for anyone signed in. */
@RestController
@Tag(name = "pulse", description = "Bureaucracy pulse: hours lost, time on customers, freedom to decide")
class PulseResultsController {

  private final PulseResults results;

  PulseResultsController(PulseResults results) {
    this.results = results;
  }

  @Operation(summary = "The organisation's pulse: means, each team's beside its procedures and climbing circuits,"
      + " and the trend by quarter, from answers published by whole batches of at least the anonymity threshold")
  @GetMapping(path = "/api/pulse", produces = MediaType.APPLICATION_JSON_VALUE)
  OrganizationPulse organization() {
    return results.organization();
  }

  @Operation(summary = "A team's pulse, as its row of the organisation's (same anonymity)")
  @GetMapping(path = "/api/teams/{id}/pulse", produces = MediaType.APPLICATION_JSON_VALUE)
  TeamPulse team(@PathVariable String id) {
    return results.team(id);
  }
}
