package org.maillon.server.voice.web;

import java.time.Clock;
import java.util.Locale;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.Periods;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.NpsReading;
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
 * NPS with its verdict, its interval in words and its latest quarter beside it, CSAT, response rate,
 * the customer groups (hidden ones say so), the trend with empty quarters shown, the verbatims each
 * said once and their themes. Anyone signed in sees it.
 */
@Controller
class VoicePageController {

  private final CurrentOrganization current;
  private final TeamVoices voices;
  private final Periods periods;
  private final Clock clock;

  VoicePageController(CurrentOrganization current, TeamVoices voices, Periods periods, Clock clock) {
    this.current = current;
    this.voices = voices;
    this.periods = periods;
    this.clock = clock;
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
    VoiceTrend trend = VoiceTrend.of(voice, clock.instant(), periods, locale);
    model.addAttribute("trend", trend);
    model.addAttribute("chart", trend.chart());
    model.addAttribute("reading", NpsReading.of(voice.nps()));
    return "voice/team";
  }
}
