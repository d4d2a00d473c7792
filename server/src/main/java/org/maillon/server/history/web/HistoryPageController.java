package org.maillon.server.history.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillon.server.history.DiffView;
import org.maillon.server.history.VersionHistory;
import org.maillon.server.history.VersionHistory.Step;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /model/history}: the organisation's versions, newest first, each with what it changed. */
@Controller
class HistoryPageController {

  private final VersionHistory history;
  private final MessageSource messages;

  HistoryPageController(VersionHistory history, MessageSource messages) {
    this.history = history;
    this.messages = messages;
  }

  @GetMapping("/model/history")
  String history(@RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
    int pages = history.pages();
    int shown = Math.max(1, Math.min(page, pages));
    List<StepView> steps = new ArrayList<>();
    for (Step step : history.steps(shown - 1)) {
      steps.add(view(step, locale));
    }
    model.addAttribute("steps", steps);
    model.addAttribute("page", shown);
    model.addAttribute("pages", pages);
    return "history/history";
  }

  private StepView view(Step step, Locale locale) {
    if (step.comparison() == null) {
      return new StepView(step.version(), true, DiffView.none(messages.getMessage("history.first", null, locale)));
    }
    return new StepView(step.version(), false,
        DiffView.of(step.comparison().diff(), step.comparison().names(), messages, locale));
  }
}
