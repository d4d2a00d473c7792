package org.maillon.server.voice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** A team with overdue links, as the page counts them. */
  record TeamOverdue(String team, String teamName, int overdue) {

    /** Teams with overdue links, most overdue first, then by name. O(o log o) for o overdue links. */
    static List<TeamOverdue> of(List<LinkListening> overdue, ValueChainIndex index) {
      Map<String, Integer> counts = new HashMap<>();
      overdue.forEach(link -> counts.merge(link.team(), 1, Integer::sum));
      return counts.entrySet().stream().map(e -> new TeamOverdue(e.getKey(), index.label(e.getKey()), e.getValue()))
          .sorted(Comparator.comparingInt(TeamOverdue::overdue).reversed().thenComparing(TeamOverdue::teamName)
              .thenComparing(TeamOverdue::team))
          .toList();
    }
  }

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

  /** The teams counted from one report, kept while the report served is the same instance. */
  private record Counted(ListeningReport report, List<TeamOverdue> teams) {}

  private final CurrentOrganization current;
  private final ListeningOnTime listening;
  private volatile Counted counted;

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
    ListeningReport report = chosen.map(listening::report).orElseGet(listening::report);
    model.addAttribute("report", report);
    if (chosen.isPresent()) {
      model.addAttribute("overdue", PageSlice.of(report.overdue(), page).map(l -> OverdueRow.of(l, index)));
      model.addAttribute("teamName", index.label(chosen.get()));
    } else {
      model.addAttribute("byTeam", PageSlice.of(byTeam(report, index), page));
    }
    model.addAttribute("team", chosen.orElse(null));
    return "listening/overview";
  }

  /**
   * The overdue links of the organisation's report counted by team: counting and sorting every
   * team's is the page's whole cost at a million people, and the report is the same instance
   * while its inputs are ({@link ListeningOnTime#report()}), so the counts are kept with it.
   */
  private List<TeamOverdue> byTeam(ListeningReport report, ValueChainIndex index) {
    Counted last = counted;
    if (last == null || last.report() != report) {
      last = new Counted(report, TeamOverdue.of(report.overdue(), index));
      counted = last;
    }
    return last.teams();
  }
}
