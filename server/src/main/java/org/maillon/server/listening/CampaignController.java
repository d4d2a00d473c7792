package org.maillon.server.listening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Listening campaigns and their invitations: managers create them, every member reads them. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "listening", description = "Campaigns, invitations, anonymous responses and logged conversations")
class CampaignController {

  /** The invitations created, each given once. */
  record Invitations(List<Invitation> invitations) {}

  /** An invitation: the link to send to one respondent, and the email it is meant for, if any. */
  record Invitation(String token, String url, String email) {}

  private final ListeningService listening;

  CampaignController(ListeningService listening) {
    this.listening = listening;
  }

  @Operation(summary = "Create a campaign of a supplier team among some of its customers (managers)",
      description = "Questions (nps 0–10, csat 1–5, text), cadence and threshold default from the settings."
          + " A broken rule answers 422 with every problem in `errors`, each with its field.")
  @PostMapping
  ResponseEntity<Campaign> create(@RequestBody NewCampaign campaign, Principal principal) {
    Campaign created = listening.createCampaign(campaign, principal.getName());
    return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(created);
  }

  @Operation(summary = "The campaigns, of one team when asked, newest first")
  @GetMapping
  List<Campaign> all(@RequestParam(required = false) String team) {
    return listening.campaigns(team == null || team.isBlank() ? null : team);
  }

  @Operation(summary = "A campaign with its invitations sent and answered, per customer")
  @GetMapping("/{id}")
  Campaign one(@PathVariable long id) {
    return listening.campaign(id);
  }

  @Operation(summary = "Create single-use invitation links for one customer of the campaign (managers)",
      description = "Either `count` anonymous links (1–1000) or one per address of `emails`. Tokens are"
          + " shown here only; Maillon sends no email.")
  @PostMapping("/{id}/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  Invitations invite(@PathVariable long id, @RequestBody NewInvitations request, HttpServletRequest http) {
    return new Invitations(listening.invite(id, request).stream()
        .map(issued -> new Invitation(issued.token(), issued.url(http), issued.email())).toList());
  }
}
