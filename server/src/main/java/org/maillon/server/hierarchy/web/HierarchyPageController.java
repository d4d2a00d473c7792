package org.maillon.server.hierarchy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.hierarchy.SpanRange;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.system.BarChart;
import org.maillon.server.system.BarChart.Bar;
import org.maillon.server.system.BarChart.MarkLine;
import org.maillon.server.system.BarChart.Series;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Hierarchical obesity ({@code /hierarchy}): headcount by level, the distribution of spans, the
 * layers × spans matrix, the pass-through, narrow- and wide-span managers, the levels needed against the actual ones, and the
 * legion's comparison in words. Everything comes from the hierarchy's aggregates; named managers
 * are looked up one by one, at most {@link #LISTED} of each kind.
 */
@Controller
class HierarchyPageController {

  static final int LISTED = 50;

  private final CurrentOrganization current;
  private final MessageSource messages;

  HierarchyPageController(CurrentOrganization current, MessageSource messages) {
    this.current = current;
    this.messages = messages;
  }

  /** A manager named in a list, with their number of direct reports. */
  record NamedManager(String id, String label, int reports) {}

  @GetMapping("/hierarchy")
  String hierarchy(Model model, Authentication authentication, Locale locale) {
    Diagnosis diagnosis = current.diagnosis();
    HierarchyFigures figures = diagnosis.hierarchy();
    model.addAttribute("figures", figures);
    model.addAttribute("headcount", diagnosis.headcount());
    model.addAttribute("organization", diagnosis.organization());
    model.addAttribute("passThrough", named(diagnosis, figures.passThroughManagers()));
    model.addAttribute("narrow", named(diagnosis, figures.narrowSpanManagers()));
    model.addAttribute("wide", named(diagnosis, figures.wideSpanManagers()));
    model.addAttribute("ranges", Arrays.stream(SpanRange.values()).map(SpanRange::label).toList());
    model.addAttribute("canSeePeople", Access.isManager(authentication));
    model.addAttribute("byLevel", byLevel(figures, locale));
    model.addAttribute("spans", spans(SpanDistribution.of(diagnosis), figures, locale));
    model.addAttribute("levels", levels(figures, locale));
    model.addAttribute("peoplePerManager", figures.managers() == 0 ? 0
        : Math.round((double) diagnosis.headcount() / figures.managers()));
    model.addAttribute("combatantsPerOfficer", figures.legion().headcount() / figures.legion().officers());
    return "hierarchy/hierarchy";
  }

  private static List<NamedManager> named(Diagnosis diagnosis, List<String> ids) {
    List<NamedManager> named = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(LISTED, ids.size()))) {
      PersonFigures person = diagnosis.person(id).orElseThrow();
      named.add(new NamedManager(id, person.name() == null || person.name().isBlank() ? id : person.name(),
          person.directReports().size()));
    }
    return named;
  }

  private BarChart byLevel(HierarchyFigures figures, Locale locale) {
    List<String> categories = new ArrayList<>();
    for (int level = 0; level < figures.headcountByLevel().size(); level++) {
      categories.add(Integer.toString(level + 1));
    }
    return new BarChart(categories, List.of(new Series(text("hierarchy.chart.people", locale),
        figures.headcountByLevel(), "blue")), false)
        .named(text("hierarchy.chart.level", locale), text("hierarchy.chart.people", locale));
  }

  private BarChart spans(SpanDistribution spans, HierarchyFigures figures, Locale locale) {
    List<String> categories = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    int widest = Math.max(spans.widest(), Math.min(figures.targetSpan(), SpanDistribution.CAP));
    for (int s = 1; s <= widest; s++) {
      categories.add(s > SpanDistribution.CAP ? SpanDistribution.CAP + "+" : Integer.toString(s));
      counts.add(spans.counts()[s]);
    }
    MarkLine target = new MarkLine(Integer.toString(Math.min(figures.targetSpan(), SpanDistribution.CAP)), "x",
        text("hierarchy.chart.target", locale, figures.targetSpan()));
    return new BarChart(categories, List.of(new Series(text("hierarchy.chart.managers", locale), counts, "brown")),
        false).marked(target).named(text("hierarchy.chart.span", locale), text("hierarchy.chart.managers", locale));
  }

  private BarChart levels(HierarchyFigures figures, Locale locale) {
    List<String> categories = List.of(text("hierarchy.chart.actual", locale), text("hierarchy.chart.needed", locale),
        text("hierarchy.chart.legion", locale));
    List<Bar> values = List.of(
        new Bar(figures.levelsBetweenTopAndBase(), figures.excessLevels() > 0 ? "red" : "blue"),
        new Bar(figures.levelsNeeded(), "green"),
        new Bar(figures.legion().levelsBetweenTopAndBase(), "grey"));
    return new BarChart(categories, List.of(new Series(text("hierarchy.chart.levels", locale), values, null)), true);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
