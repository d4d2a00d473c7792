package org.maillon.server.scenarios.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillon.diff.DiffNames;
import org.maillon.diff.FigureChange;
import org.maillon.server.history.DiffView;
import org.maillon.server.scenarios.ScenarioService;
import org.maillon.server.scenarios.ScenarioService.WhatIf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /scenarios/compare}: the current organisation and two scenarios applied to it, side by
 * side, on the figures and the index's either moves; each scenario's findings appeared and gone below.
 */
@Controller
class ComparePageController {

  private final ScenarioService scenarios;
  private final MessageSource messages;

  ComparePageController(ScenarioService scenarios, MessageSource messages) {
    this.scenarios = scenarios;
    this.messages = messages;
  }

  /** A figure now and in each scenario. */
  record Row(String name, String now, String first, String second) {}

  @GetMapping("/scenarios/compare")
  String compare(@RequestParam String a, @RequestParam String b, Locale locale, Model model) {
    WhatIf first = scenarios.onCurrent(a, locale);
    WhatIf second = scenarios.onCurrent(b, locale);
    DiffNames names = new DiffNames(locale);
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    List<Row> rows = new ArrayList<>();
    List<FigureChange> firsts = figuresAndIndex(first);
    List<FigureChange> seconds = figuresAndIndex(second);
    for (int i = 0; i < Math.min(firsts.size(), seconds.size()); i++) {
      FigureChange one = firsts.get(i);
      FigureChange other = seconds.get(i);
      if (one.moved() || other.moved()) {
        rows.add(new Row(names.figure(one), DiffView.number(numbers, one.before()), DiffView.number(numbers,
            one.after()), DiffView.number(numbers, other.after())));
      }
    }
    model.addAttribute("first", first.scenario());
    model.addAttribute("second", second.scenario());
    model.addAttribute("rows", rows);
    model.addAttribute("firstDiff", DiffView.of(first.diff(), first.names(), messages, locale));
    model.addAttribute("secondDiff", DiffView.of(second.diff(), second.names(), messages, locale));
    return "scenarios/compare";
  }

  /** The figures of the diagnosis, then the index and its components, in the same order for any scenario. */
  private static List<FigureChange> figuresAndIndex(WhatIf whatIf) {
    List<FigureChange> all = new ArrayList<>(whatIf.diff().figures());
    all.addAll(whatIf.diff().index().all());
    return all;
  }
}
