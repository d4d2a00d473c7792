package org.maillon.server.listening.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.maillon.model.Team;
import org.maillon.server.listening.FormErrors;
import org.maillon.server.listening.ListeningRejected;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewConversation;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.teams.TeamRights;
import org.maillon.server.teams.picker.TeamPick;
import org.maillon.server.teams.picker.TeamPicker;
import org.maillon.server.teams.picker.TeamScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Logged conversations as a page: a form to log one and the latest ones. A member logs and reads
 * their own team's; a lead picks among the teams they lead and their own; a manager picks any
 * team, or reads every team's.
 */
@Controller
class ConversationPagesController {

  static final int LISTED = 50;

  private final ListeningService listening;
  private final CurrentOrganization current;
  private final FormErrors errors;
  private final TeamPicker picker;

  ConversationPagesController(ListeningService listening, CurrentOrganization current, FormErrors errors,
      TeamPicker picker) {
    this.listening = listening;
    this.current = current;
    this.errors = errors;
    this.picker = picker;
  }

  /** The fields of the log form, as posted; the date as a browser's {@code datetime-local}, in UTC. */
  record ConversationForm(String team, String customer, String heldAt, String participants, String notes) {

    NewConversation command() {
      return new NewConversation(team, customer, instant(heldAt), participants,
          notes == null || notes.isBlank() ? null : notes);
    }

    private static Instant instant(String local) {
      try {
        return local == null || local.isBlank() ? null : LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  @GetMapping("/listening/conversations")
  String page(@RequestParam(required = false) String team, Authentication authentication, Locale locale, Model model,
      HttpServletResponse response) {
    current.requireModel();
    TeamRights rights = listening.rights(authentication);
    List<Team> pickable = picker.pickable(authentication, TeamScope.LED_OR_OWN);
    TeamPick pick = picker.pick(pickable, team, locale);
    if (pick.wrong()) {
      response.setStatus(422);
    }
    Optional<String> shown = shownTeam(pick.team(), rights, pickable);
    return page(shown, pick, new ConversationForm(shown.orElse(null), null, null, null, null), Map.of(), rights,
        pickable, model);
  }

  @PostMapping("/listening/conversations")
  String log(ConversationForm form, Authentication authentication, Locale locale, Model model,
      HttpServletResponse response) {
    listening.teamFor(authentication, form.team());
    try {
      listening.logConversation(form.command(), authentication.getName());
      return "redirect:/listening/conversations?team=" + UriUtils.encodeQueryParam(form.team(), "UTF-8");
    } catch (ListeningRejected rejected) {
      response.setStatus(422);
      List<Team> pickable = picker.pickable(authentication, TeamScope.LED_OR_OWN);
      return page(Optional.ofNullable(form.team()), picker.pick(pickable, form.team(), locale), form,
          errors.byField(rejected, locale), listening.rights(authentication), pickable, model);
    }
  }

  /**
   * The team whose conversations the page shows and logs: a manager's pick (none for every team's),
   * else the pick when the user leads that team or belongs to it, else their own team, else the
   * first they lead.
   */
  private static Optional<String> shownTeam(String team, TeamRights rights, List<Team> pickable) {
    String asked = team == null || team.isBlank() ? null : team;
    if (rights.everyTeam() || asked != null && rights.leadsOrOwn(asked)) {
      return Optional.ofNullable(asked);
    }
    return Optional.ofNullable(rights.own()).or(() -> pickable.stream().map(Team::id).findFirst());
  }

  /** The page; the teams this user may pick are every team for a manager, else those they lead and their own. */
  private String page(Optional<String> team, TeamPick pick, ConversationForm form, Map<String, String> problems,
      TeamRights rights, List<Team> pickable, Model model) {
    boolean everyTeam = rights.everyTeam();
    TeamPick shown = pick.wrong() ? pick : new TeamPick(team.orElse(null), team.orElse(null), null);
    model.addAttribute("index", listening.model());
    model.addAttribute("picks", everyTeam || pickable.size() > 1);
    model.addAttribute("picker", picker.choice(pickable, shown, TeamScope.LED_OR_OWN));
    model.addAttribute("team", team.orElse(null));
    model.addAttribute("noTeam", team.isEmpty() && !everyTeam);
    model.addAttribute("conversations", team.isEmpty() && !everyTeam ? List.of()
        : listening.conversations(team.orElse(null), null, LISTED));
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    return "listening/conversations";
  }
}
