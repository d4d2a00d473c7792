package org.maillon.server.listening.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.maillon.model.Team;
import org.maillon.server.listening.Campaign;
import org.maillon.server.listening.FormErrors;
import org.maillon.server.listening.ListeningRejected;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.MailInvitations;
import org.maillon.server.listening.NewCampaign;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.listening.NewQuestion;
import org.maillon.server.listening.CampaignKind;
import org.maillon.server.listening.QuestionType;
import org.maillon.server.listening.UnknownCampaign;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.teams.picker.TeamPick;
import org.maillon.server.teams.picker.TeamPicker;
import org.maillon.server.teams.picker.TeamScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Campaigns as pages: every signed-in user sees them and their invitation counts; a team's leads,
 * managers and admins create a campaign for a team (picked first among those they lead, so that
 * only its customers are offered) and create links for a customer, shown once, to copy and send.
 * The forms show only to those who may use them, and the service checks again.
 */
@Controller
class CampaignPagesController {

  private final ListeningService listening;
  private final CurrentOrganization current;
  private final FormErrors errors;
  private final MailInvitations mail;
  private final TeamPicker picker;
  private final int defaultCadenceDays;
  private final int defaultThreshold;

  CampaignPagesController(ListeningService listening, CurrentOrganization current, FormErrors errors,
      MailInvitations mail, TeamPicker picker,
      @Value("${maillon.listening.default-cadence-days}") int defaultCadenceDays,
      @Value("${maillon.listening.default-anonymity-threshold}") int defaultThreshold) {
    this.listening = listening;
    this.current = current;
    this.errors = errors;
    this.mail = mail;
    this.picker = picker;
    this.defaultCadenceDays = defaultCadenceDays;
    this.defaultThreshold = defaultThreshold;
  }

  @GetMapping("/listening/campaigns")
  String list(@RequestParam(required = false) String team, Authentication authentication, Locale locale, Model model,
      HttpServletResponse response) {
    current.requireModel();
    List<Team> led = picker.pickable(authentication, TeamScope.LED);
    TeamPick pick = picker.pick(led, team, locale);
    if (pick.wrong()) {
      response.setStatus(422);
    }
    return listPage(led, pick, new CampaignForm(pick.team(), List.of(),
        NewCampaign.DEFAULT_QUESTIONS.stream().map(NewQuestion::type).toList(), defaultCadenceDays, defaultThreshold), Map.of(), model);
  }

  @PostMapping("/listening/campaigns")
  String create(CampaignForm form, Authentication authentication, Locale locale, Model model,
      HttpServletResponse response) {
    listening.requireRuns(authentication, form.team(), CampaignKind.CUSTOMERS);
    try {
      Campaign campaign = listening.createCampaign(form.command(), authentication.getName());
      return "redirect:/listening/campaigns/" + campaign.id();
    } catch (ListeningRejected rejected) {
      response.setStatus(422);
      List<Team> led = picker.pickable(authentication, TeamScope.LED);
      return listPage(led, picker.pick(led, form.team(), locale), form, errors.byField(rejected, locale), model);
    }
  }

  @GetMapping("/listening/campaigns/{id}")
  String show(@PathVariable long id, Authentication authentication, Model model) {
    return campaignPage(campaign(id), authentication, List.of(), Map.of(), null, model);
  }

  @PostMapping("/listening/campaigns/{id}/invitations")
  String invite(@PathVariable long id, @RequestParam(required = false) String customer,
      @RequestParam(required = false) Integer count, @RequestParam(required = false) String emails,
      Authentication authentication, Locale locale, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    campaign(() -> listening.campaignRunBy(authentication, id));
    List<String> addresses = emails == null || emails.isBlank() ? null
        : List.of(emails.strip().split("\\s*[\\n,;]\\s*"));
    NewInvitations asked = new NewInvitations(customer, addresses == null ? count : null, addresses);
    try {
      List<Invitation> invitations = listening.invite(id, asked).stream()
          .map(issued -> new Invitation(issued.email(), issued.url(request))).toList();
      return campaignPage(listening.campaign(id), authentication, invitations, Map.of(), customer, model);
    } catch (ListeningRejected rejected) {
      response.setStatus(422);
      return campaignPage(listening.campaign(id), authentication, List.of(), errors.byField(rejected, locale),
          customer, model);
    }
  }

  @PostMapping("/listening/campaigns/{id}/contacts")
  String mail(@PathVariable long id, @RequestParam(required = false) String contacts, Authentication authentication,
      Locale locale, Model model, HttpServletResponse response) {
    campaign(() -> listening.campaignRunBy(authentication, id));
    try {
      model.addAttribute("mailed", mail.inviteCsv(id, contacts));
    } catch (ListeningRejected rejected) {
      response.setStatus(422);
      model.addAttribute("mailProblems", errors.byLine(rejected, locale));
    }
    return campaignPage(listening.campaign(id), authentication, List.of(), Map.of(), null, model);
  }

  /** A new invitation: its link, shown once, and the address it is meant for, if any. */
  record Invitation(String email, String url) {}

  /** The fields of the create form, as posted. */
  record CampaignForm(String team, List<String> customers, List<String> types, Integer cadenceDays,
      Integer anonymityThreshold) {

    NewCampaign command() {
      List<NewQuestion> questions = new ArrayList<>();
      for (String type : types == null ? List.<String>of() : types) {
        questions.add(new NewQuestion(type, null));
      }
      return new NewCampaign(team, customers == null ? List.of() : customers, questions,
          cadenceDays == null ? 0 : cadenceDays, anonymityThreshold == null ? 0 : anonymityThreshold);
    }
  }

  /** The campaign, or the 404 page. */
  private Campaign campaign(long id) {
    return campaign(() -> listening.campaign(id));
  }

  /** The campaign the service finds (and may refuse, 403), or the 404 page. */
  private static Campaign campaign(Supplier<Campaign> lookUp) {
    try {
      return lookUp.get();
    } catch (UnknownCampaign e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  /** The list, and the create form for a team the user leads (the teams they may pick, none when they lead none). */
  private String listPage(List<Team> led, TeamPick pick, CampaignForm form, Map<String, String> problems, Model model) {
    model.addAttribute("campaigns", listening.campaigns(null));
    model.addAttribute("index", listening.model());
    model.addAttribute("mayCreate", !led.isEmpty());
    model.addAttribute("picker", picker.choice(led, pick, TeamScope.LED));
    model.addAttribute("team", pick.team());
    model.addAttribute("form", form);
    model.addAttribute("types", Arrays.stream(QuestionType.values()).filter(type -> type.askedIn(CampaignKind.CUSTOMERS)).toList());
    model.addAttribute("problems", problems);
    return "listening/campaigns";
  }

  private String campaignPage(Campaign campaign, Authentication authentication, List<Invitation> invitations,
      Map<String, String> problems, String customer, Model model) {
    model.addAttribute("campaign", campaign);
    model.addAttribute("mayInvite", listening.mayRun(authentication, campaign.team(), campaign.kind()));
    model.addAttribute("teamLabel", listening.label(campaign.team()));
    model.addAttribute("labels", campaign.customers().stream().collect(Collectors.toMap(c -> c, listening::label)));
    model.addAttribute("invitations", invitations);
    model.addAttribute("invitationsText", invitations.stream()
        .map(invitation -> invitation.email() == null ? invitation.url()
            : invitation.email() + " " + invitation.url())
        .collect(Collectors.joining("\n")));
    model.addAttribute("problems", problems);
    model.addAttribute("customer", customer);
    model.addAttribute("mailOn", mail.enabled());
    if (!model.containsAttribute("mailProblems")) {
      model.addAttribute("mailProblems", Map.of());
    }
    return "listening/campaign";
  }

}
