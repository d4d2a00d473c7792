package org.maillon.server.listening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.maillon.server.system.JsonBodies;
import org.maillon.server.system.Tokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listening campaigns and their invitations: a supplier team's leads (and the leads above them),
 * managers and admins create them, every member reads them. Bodies are read as text and bound
 * once the user may run the team's listening, so that a refused user gets 403 whatever they sent.
 */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "listening", description = "Campaigns, invitations, anonymous responses and logged conversations")
class CampaignController {

  /** The invitations created, each given once. */
  record Invitations(List<Invitation> invitations) {}

  /** An invitation: the link to send to one respondent, and the email it is meant for, if any. */
  record Invitation(String token, String url, String email) {}

  private final ListeningService listening;
  private final MailInvitations mail;
  private final JsonMapper json;

  CampaignController(ListeningService listening, MailInvitations mail, JsonMapper json) {
    this.listening = listening;
    this.mail = mail;
    this.json = json;
  }

  @Operation(summary = "Create a campaign of a supplier team among some of its customers (its leads, managers)",
      description = "For the team's lead, the leads above them, managers and admins (403 otherwise)."
          + " Questions (nps 0–10, csat 1–5, text), cadence and threshold default from the settings."
          + " A broken rule answers 422 with every problem in `errors`, each with its field.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content = @Content(schema = @Schema(implementation = NewCampaign.class)))
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Campaign> create(@RequestBody String body, Authentication authentication) {
    listening.requireLeadsAny(authentication);
    NewCampaign campaign = JsonBodies.read(json, body, NewCampaign.class, "a campaign");
    listening.requireRuns(authentication, campaign.team(), CampaignKind.CUSTOMERS);
    Campaign created = listening.createCampaign(campaign, authentication.getName());
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

  @Operation(summary = "Create single-use invitation links for one customer of the campaign (its team's leads, managers)",
      description = "For the campaign team's lead, the leads above them, managers and admins; a pulse's for managers"
          + " and admins (403 otherwise). Either `count` anonymous links (1–1000) or one per address of `emails`."
          + " Tokens are shown here only. Or `contacts` ([{email, language (fr, en), customer}]): each gets its own"
          + " link by email, queued in the outbox (docs/email.md); the answer is then {queued, unsubscribed}."
          + " 422 when no SMTP server is set.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content = @Content(schema = @Schema(implementation = NewInvitations.class)))
  @PostMapping(path = "/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Object invite(@PathVariable long id, @RequestBody String body, Authentication authentication,
      HttpServletRequest http) {
    listening.campaignRunBy(authentication, id);
    if (JsonBodies.read(json, body, JsonNode.class, "an invitation request").has("contacts")) {
      NewContacts contacts = JsonBodies.read(json, body, NewContacts.class, "a list of contacts");
      return mail.invite(id, contacts);
    }
    NewInvitations request = JsonBodies.read(json, body, NewInvitations.class, "an invitation request");
    return new Invitations(listening.invite(id, request).stream()
        .map(issued -> new Invitation(issued.token(), issued.url(http), issued.email())).toList());
  }

  @Operation(summary = "Invite contacts by email from a CSV file: email,language,customer (its team's leads, managers)",
      description = "A header line, then one contact a line. Every bad row answers 422 with its line and column,"
          + " and no one is invited. 422 when no SMTP server is set.")
  @PostMapping(path = "/{id}/invitations", consumes = "text/csv")
  @ResponseStatus(HttpStatus.CREATED)
  MailInvitations.Sent inviteCsv(@PathVariable long id, @RequestBody String body, Authentication authentication) {
    listening.campaignRunBy(authentication, id);
    return mail.inviteCsv(id, body);
  }
}
