package org.maillon.server.pulse.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillon.model.Team;
import org.maillon.server.listening.Campaign;
import org.maillon.server.listening.ListeningRejected;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewPulse;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.pulse.OrganizationPulse;
import org.maillon.server.pulse.PulseResults;
import org.maillon.server.pulse.TeamPulse;
import org.maillon.server.security.Access;
import org.maillon.server.system.Periods;
import org.maillon.server.system.NameSearch;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pulse page ({@code /pulse}): per team, the pulse means beside its procedures per 100 people
 * and its climbing circuits, the organisation's means and their trend. Anyone signed in sees it;
 * managers also find a form to start a team's pulse, whose links are then made on its campaign page.
 */
@Controller
class PulsePageController {

  /** Teams listed at once beside every team a pulse asked: a large model has tens of thousands. */
  static final int LISTED = 200;

  private final CurrentOrganization current;
  private final PulseResults results;
  private final ListeningService listening;
  private final MessageSource messages;
  private final Periods periods;

  PulsePageController(CurrentOrganization current, PulseResults results, ListeningService listening,
      MessageSource messages, Periods periods) {
    this.current = current;
    this.results = results;
    this.listening = listening;
    this.messages = messages;
    this.periods = periods;
  }

  @GetMapping("/pulse")
  String pulse(Model model) {
    return page(null, null, List.of(), model);
  }

  @PostMapping("/pulse")
  String create(@RequestParam(required = false) String team, @RequestParam(required = false) Integer threshold,
      Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
    Access.requireManager(authentication, "Only managers start pulses.");
    try {
      Campaign pulse = listening.createPulse(new NewPulse(teamId(team), threshold == null ? 0 : threshold),
          authentication.getName());
      return "redirect:/listening/campaigns/" + pulse.id();
    } catch (ListeningRejected rejected) {
      response.setStatus(422);
      List<String> problems = rejected.violations().stream()
          .map(v -> messages.getMessage(v.messageKey(), v.arguments().toArray(), locale)).toList();
      return page(team, threshold, problems, model);
    }
  }

  private String page(String team, Integer threshold, List<String> problems, Model model) {
    current.requireModel();
    OrganizationPulse pulse = results.organization();
    model.addAttribute("pulse", pulse);
    List<TeamPulse> listed = listed(pulse.teams());
    model.addAttribute("listed", listed);
    model.addAttribute("shown", listed.stream().filter(row -> !row.hidden()).toList());
    model.addAttribute("hiddenTeams", listed.stream().filter(TeamPulse::hidden).toList());
    model.addAttribute("formTeam", team);
    model.addAttribute("formThreshold", threshold);
    model.addAttribute("problems", problems);
    model.addAttribute("periodNames",
        periods.names(pulse.trend().stream().map(p -> p.period()).toList(), LocaleContextHolder.getLocale()));
    return "pulse/overview";
  }

  /** The team typed or picked by its name (or its id), the text itself when no one team has it. */
  private String teamId(String typed) {
    if (typed == null || typed.isBlank()) {
      return typed;
    }
    return NameSearch.exact(listening.model().teams(), Team::id, Team::name, typed).map(Team::id).orElse(typed.trim());
  }

  /**
   * Every team a pulse asked, and the others until {@link #LISTED} rows, in id order; the teams
   * left out have nothing said of them, and their structure is on the bureaucracy page.
   */
  static List<TeamPulse> listed(List<TeamPulse> teams) {
    long asked = teams.stream().filter(PulsePageController::asked).count();
    long others = Math.max(0, LISTED - asked);
    List<TeamPulse> listed = new ArrayList<>();
    for (TeamPulse team : teams) {
      if (asked(team) || others-- > 0) {
        listed.add(team);
      }
    }
    return listed;
  }

  private static boolean asked(TeamPulse team) {
    return team.invitations() > 0 || team.responses() > 0;
  }
}
