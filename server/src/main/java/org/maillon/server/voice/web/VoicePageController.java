package org.maillon.server.voice.web;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.Periods;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.TeamVoice;
import org.maillon.server.voice.TeamVoices;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A team's voice of the customer ({@code /teams/{id}/voice}, optionally {@code ?customer=}): the
 * NPS with its interval, CSAT, response rate, the customer groups (hidden ones say so), the trend
 * of the shown quarters, the verbatims and their themes. Anyone signed in sees it.
 */
@Controller
class VoicePageController {

  private final CurrentOrganization current;
  private final TeamVoices voices;
  private final Periods periods;

  VoicePageController(CurrentOrganization current, TeamVoices voices, Periods periods) {
    this.current = current;
    this.voices = voices;
    this.periods = periods;
  }

  @GetMapping("/teams/{id}/voice")
  String voice(@PathVariable String id, @RequestParam(required = false) String customer, Model model,
      Locale locale) {
    ValueChainIndex index = ValueChainIndex.of(current.diagnosis());
    if (!index.isTeam(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has the id " + id + ".");
    }
    TeamVoice voice = voices.voice(id, customer == null || customer.isBlank() ? null : customer);
    model.addAttribute("voice", voice);
    model.addAttribute("teamName", index.label(id));
    model.addAttribute("customer", voice.customers().size() == 1 && customer != null ? voice.customers().get(0) : null);
    model.addAttribute("trend", Trend.of(voice, period -> periods.name(period, locale)));
    return "voice/team";
  }

  /** The shown quarters of the trend, for the line chart: NPS and CSAT per quarter. */
  record Trend(List<String> periods, List<Double> nps, List<Double> csat) {

    static Trend of(TeamVoice voice, UnaryOperator<String> periodName) {
      List<TeamVoice.PeriodVoice> shown = voice.trend().stream().filter(period -> !period.hidden()).toList();
      return new Trend(shown.stream().map(TeamVoice.PeriodVoice::period).map(periodName).toList(),
          shown.stream().map(period -> period.nps().score()).toList(),
          shown.stream().map(period -> period.csat().mean()).toList());
    }
  }
}
