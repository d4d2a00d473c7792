package org.maillon.server.centricity.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.maillon.server.centricity.CentricityEvolution;
import org.maillon.server.centricity.CentricityHistory;
import org.maillon.server.centricity.CentricityService;
import org.maillon.server.centricity.ComponentRow;
import org.maillon.server.centricity.GainRow;
import org.maillon.server.centricity.TeamCentricity;
import org.maillon.server.centricity.OrganizationCentricity;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.Periods;
import org.maillon.server.valuechain.SubjectLabels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /centricity}: the organisation's index, its breakdown, its evolution (chart) and the teams
 * lowest first, capped at {@code maillon.centricity.ranking-limit}; {@code /teams/{id}/centricity}:
 * a team's breakdown and its links' voice. Anyone signed in sees them.
 */
@Controller
class CentricityPageController {

  /** A gain with the names of what it concerns. */
  record GainView(GainRow gain, List<SubjectLabels.Label> subject) {}

  private final CurrentOrganization current;
  private final CentricityService centricity;
  private final CentricityEvolution past;
  private final Periods periods;

  CentricityPageController(CurrentOrganization current, CentricityService centricity, CentricityEvolution past,
      Periods periods) {
    this.current = current;
    this.centricity = centricity;
    this.past = past;
    this.periods = periods;
  }

  @GetMapping("/centricity")
  String organization(Model model, Locale locale) {
    current.requireModel();
    OrganizationCentricity organization = centricity.organization();
    int limit = Math.max(1, centricity.settings().rankingLimit());
    model.addAttribute("centricity", organization);
    model.addAttribute("gains", gains(organization.gains()));
    model.addAttribute("ranking", organization.teams().subList(0, Math.min(limit, organization.teams().size())));
    model.addAttribute("rankingLimit", limit);
    model.addAttribute("evolution", Evolution.of(past.history(), period -> periods.name(period, locale)));
    model.addAttribute("figures", figures(organization.components()));
    return "centricity/organization";
  }

  @GetMapping("/teams/{id}/centricity")
  String team(@PathVariable String id, Model model) {
    current.requireModel();
    if (current.diagnosis().team(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has the id " + id + ".");
    }
    TeamCentricity team = centricity.team(id);
    model.addAttribute("centricity", team);
    model.addAttribute("gains", gains(team.gains()));
    model.addAttribute("figures", figures(team.components()));
    model.addAttribute("lowSatisfaction", centricity.scoring().lowSatisfaction());
    return "centricity/team";
  }

  private List<GainView> gains(List<GainRow> gains) {
    return gains.stream()
        .map(gain -> new GainView(gain, SubjectLabels.of(current.diagnosis(), gain.subject())))
        .toList();
  }

  /**
   * The chart's data: the index per version (labelled v{id}) and per quarter, with the listening and
   * satisfaction components in points out of 100; values rounded to 0.1.
   */
  record Evolution(List<String> versions, List<Double> versionIndex, List<String> quarters, List<Double> listening,
      List<Double> satisfaction, List<Double> quarterIndex) {

    static Evolution of(CentricityHistory history, UnaryOperator<String> periodName) {
      return new Evolution(history.versions().stream().map(v -> "v" + v.version()).toList(),
          history.versions().stream().map(v -> round(v.index())).toList(),
          history.quarters().stream().map(q -> periodName.apply(q.period())).toList(),
          history.quarters().stream().map(q -> round(q.listening() == null ? null : 100 * q.listening())).toList(),
          history.quarters().stream().map(q -> round(q.satisfaction() == null ? null : 100 * q.satisfaction())).toList(),
          history.quarters().stream().map(q -> round(q.index())).toList());
    }
  }

  /** Each component's raw figures as {name, text} pairs, numbers with at most three decimals. */
  static Map<String, List<String[]>> figures(List<ComponentRow> components) {
    Map<String, List<String[]>> figures = new LinkedHashMap<>();
    for (ComponentRow row : components) {
      List<String[]> pairs = new ArrayList<>();
      row.figures().forEach((name, value) -> pairs.add(new String[] {name, text(value)}));
      figures.put(row.component(), pairs);
    }
    return figures;
  }

  private static String text(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Boolean flag) {
      return flag ? "✓" : "—";
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(3, RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
