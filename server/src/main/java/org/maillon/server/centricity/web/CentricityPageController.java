package org.maillon.server.centricity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.server.centricity.CentricityEvolution;
import org.maillon.server.centricity.CentricityHistory;
import org.maillon.server.centricity.CentricityService;
import org.maillon.server.centricity.ComponentRow;
import org.maillon.server.centricity.IndexFormat;
import org.maillon.server.centricity.OrganizationCentricity;
import org.maillon.server.centricity.TeamCentricity;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.Periods;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /centricity}: the organisation's index, what to fix first grouped into fixes with the
 * page where each is done, the teams lowest first (capped at {@code maillon.centricity.ranking-limit}),
 * the evolution, and how it is computed behind a disclosure; {@code /teams/{id}/centricity}: the same
 * for a team, with its links' voice. Figures in whole points ({@link IndexFormat}). Anyone signed
 * in sees them.
 */
@Controller
class CentricityPageController {

  private final CurrentOrganization current;
  private final CentricityService centricity;
  private final CentricityEvolution past;
  private final Periods periods;
  private final IndexFormat format;
  private final MessageSource messages;

  CentricityPageController(CurrentOrganization current, CentricityService centricity, CentricityEvolution past,
      Periods periods, IndexFormat format, MessageSource messages) {
    this.current = current;
    this.centricity = centricity;
    this.past = past;
    this.periods = periods;
    this.format = format;
    this.messages = messages;
  }

  @GetMapping("/centricity")
  String organization(Model model, Locale locale) {
    current.requireModel();
    OrganizationCentricity organization = centricity.organization();
    int limit = Math.max(1, centricity.settings().rankingLimit());
    model.addAttribute("centricity", organization);
    model.addAttribute("indexText", format.points(organization.index(), locale));
    model.addAttribute("fixes", Fixes.of(organization.gains(), current.diagnosis(), null));
    model.addAttribute("ranking", organization.teams().subList(0, Math.min(limit, organization.teams().size())));
    model.addAttribute("rankingLimit", limit);
    model.addAttribute("evolution", evolution(past.history(), locale));
    model.addAttribute("figures", figures(organization.components(), locale));
    return "centricity/organization";
  }

  @GetMapping("/teams/{id}/centricity")
  String team(@PathVariable String id, Model model, Locale locale) {
    current.requireModel();
    if (current.diagnosis().team(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has the id " + id + ".");
    }
    TeamCentricity team = centricity.team(id);
    model.addAttribute("centricity", team);
    model.addAttribute("indexText", format.points(team.index(), locale));
    model.addAttribute("fixes", Fixes.of(team.gains(), current.diagnosis(), id));
    model.addAttribute("figures", figures(team.components(), locale));
    model.addAttribute("lowSatisfaction", centricity.scoring().lowSatisfaction());
    return "centricity/team";
  }

  private Evolution evolution(CentricityHistory history, Locale locale) {
    return new Evolution(
        history.versions().stream().map(v -> messages.getMessage("centricity.versionLabel",
            new Object[] {String.valueOf(v.version())}, locale)).toList(),
        history.versions().stream().map(v -> IndexFormat.rounded(v.index())).toList(),
        history.quarters().stream().map(q -> periods.name(q.period(), locale)).toList(),
        history.quarters().stream().map(q -> IndexFormat.rounded(q.listening() == null ? null : 100 * q.listening()))
            .toList(),
        history.quarters().stream().map(q -> IndexFormat.rounded(q.satisfaction() == null ? null
            : 100 * q.satisfaction())).toList(),
        history.quarters().stream().map(q -> IndexFormat.rounded(q.index())).toList());
  }

  /**
   * The chart's data: the index per version and per quarter, with the listening and satisfaction
   * components in points out of 100, all in whole points as every page writes the index; versions and
   * quarters named in the page's language.
   */
  record Evolution(List<String> versions, List<Long> versionIndex, List<String> quarters, List<Long> listening,
      List<Long> satisfaction, List<Long> quarterIndex) {}

  /** Each component's raw figures as {name, text} pairs, in the locale's number format. */
  private Map<String, List<String[]>> figures(List<ComponentRow> components, Locale locale) {
    Map<String, List<String[]>> figures = new LinkedHashMap<>();
    for (ComponentRow row : components) {
      List<String[]> pairs = new ArrayList<>();
      row.figures().forEach((name, value) -> pairs.add(new String[] {name, format.figure(value, locale)}));
      figures.put(row.component(), pairs);
    }
    return figures;
  }
}
