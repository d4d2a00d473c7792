package org.maillon.server.voice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.PageSlice;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.voice.LinkListening;
import org.maillon.voice.ListeningReport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Regular listening across the organisation ({@code /listening}): the share of links listened to
 * within their cadence and the overdue links counted by team, a page at a time; each team leads to
 * its own overdue links ({@code ?team=}), a page at a time too, so that neither page grows with the
 * organisation. The way to the campaigns and conversations that catch up. Anyone signed in sees it.
 */
@Controller
class ListeningPageController {

  /** An overdue link as the page lists it, dates in UTC. */
  record OverdueRow(String team, String teamName, String customer, String customerName, boolean customerIsTeam,
      LocalDate lastListened, int cadenceDays, LocalDate dueSince) {

    static OverdueRow of(LinkListening link, ValueChainIndex index) {
      return new OverdueRow(link.team(), index.label(link.team()), link.customer(), index.label(link.customer()),
          index.isTeam(link.customer()), day(link.lastListened()), link.cadenceDays(), day(link.dueSince()));
    }

    private static LocalDate day(Instant instant) {
      return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
  }

  private final CurrentOrganization current;
  private final ListeningOnTime listening;

  ListeningPageController(CurrentOrganization current, ListeningOnTime listening) {
    this.current = current;
    this.listening = listening;
  }

  @GetMapping("/listening")
  String overview(@RequestParam(required = false) String team, @RequestParam(required = false) Integer page,
      Model model) {
    ValueChainIndex index = ValueChainIndex.of(current.diagnosis());
    Optional<String> chosen = Optional.ofNullable(team).filter(t -> !t.isBlank());
    if (chosen.isPresent() && !index.isTeam(chosen.get())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has the id " + team + ".");
    }
    ListeningOnTime.Assessed assessed = chosen.isEmpty() ? listening.assessed() : null;
    ListeningReport report = assessed == null ? listening.report(chosen.get()) : assessed.report();
    model.addAttribute("report", report);
    if (chosen.isPresent()) {
      model.addAttribute("overdue", PageSlice.of(report.overdue(), page).map(l -> OverdueRow.of(l, index)));
      model.addAttribute("teamName", index.label(chosen.get()));
    } else {
      model.addAttribute("byTeam", PageSlice.of(assessed.byTeam(), page));
    }
    model.addAttribute("team", chosen.orElse(null));
    return "listening/overview";
  }
}
