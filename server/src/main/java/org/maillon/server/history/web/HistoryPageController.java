package org.maillon.server.history.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillon.diagnosis.Finding;
import org.maillon.diff.DiffNames;
import org.maillon.diff.ModelChanges.KindChanges;
import org.maillon.diff.VersionDiff;
import org.maillon.server.history.VersionHistory;
import org.maillon.server.history.VersionHistory.Step;
import org.maillon.server.history.web.StepView.FigureRow;
import org.maillon.server.history.web.StepView.KindView;
import org.maillon.server.history.web.StepView.Lines;
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
      return new StepView(step.version(), true, messages.getMessage("history.first", null, locale), List.of(),
          List.of(), Lines.of(List.of()), Lines.of(List.of()));
    }
    VersionDiff diff = step.comparison().diff();
    ChangeSentences sentences = new ChangeSentences(messages, locale, step.comparison().names());
    DiffNames names = new DiffNames(locale);
    List<KindView> kinds = new ArrayList<>();
    int changes = 0;
    for (KindChanges kind : diff.changes().kinds()) {
      List<String> lines = sentences.of(kind);
      changes += lines.size();
      if (!lines.isEmpty()) {
        kinds.add(new KindView(names.kind(kind.kind()), Lines.of(lines)));
      }
    }
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    List<FigureRow> figures = diff.movedFigures().stream()
        .map(f -> new FigureRow(names.figure(f), number(numbers, f.before()), number(numbers, f.after()))).toList();
    String summary = messages.getMessage("history.summary", new Object[] {changes, figures.size(),
        diff.appeared().size(), diff.disappeared().size()}, locale);
    return new StepView(step.version(), false, summary, kinds, figures, Lines.of(said(diff.appeared(), locale)),
        Lines.of(said(diff.disappeared(), locale)));
  }

  private String number(NumberFormat numbers, Number value) {
    return value == null ? "—" : numbers.format(value);
  }

  private static List<String> said(List<Finding> findings, Locale locale) {
    return findings.stream().map(f -> f.message(locale)).toList();
  }
}
