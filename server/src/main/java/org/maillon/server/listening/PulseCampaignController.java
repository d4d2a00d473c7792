package org.maillon.server.listening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.maillon.server.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bureaucracy pulses: a manager creates one for a team; its invitations and answers then go
 * through the campaign endpoints ({@code /api/campaigns/{id}/invitations}, {@code /r/{token}},
 * {@code /api/responses/{token}}), its results through the pulse module.
 */
@RestController
@Tag(name = "listening")
class PulseCampaignController {

  private final ListeningService listening;

  PulseCampaignController(ListeningService listening) {
    this.listening = listening;
  }

  @Operation(summary = "Create a bureaucracy pulse of a team's collaborators (managers)",
      description = "`{\"team\": \"sales\", \"anonymityThreshold\": 5}`; questions default to hours (0–60 hours lost"
          + " per week to internal procedures and reporting), share (0–100 % of time spent on customers) and scale"
          + " (1–5 freedom to decide without approval). 201 with the campaign (kind `pulse`, its one customer the"
          + " team); 422 with every problem in `errors`.")
  @PostMapping("/api/pulses")
  ResponseEntity<Campaign> create(@RequestBody NewPulse pulse, Authentication authentication) {
    Access.requireManager(authentication, "Only managers create pulses.");
    Campaign created = listening.createPulse(pulse, authentication.getName());
    return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(created);
  }
}
