package org.maillon.server.scenarios.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.maillon.model.Organization;
import org.maillon.model.Team;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;
import org.maillon.server.history.DiffNamesInUse;
import org.maillon.server.history.DiffView;
import org.maillon.server.scenarios.SavedScenario;
import org.maillon.server.scenarios.ScenarioFile;
import org.maillon.server.scenarios.ScenarioService;
import org.maillon.server.scenarios.ScenarioService.WhatIf;
import org.maillon.server.security.Access;
import org.maillon.server.teams.picker.TeamPick;
import org.maillon.server.teams.picker.TeamPicker;
import org.maillon.server.teams.picker.TeamScope;
import org.maillon.server.valuechain.ChainWords;
import org.maillon.valuechain.NodeKind;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * {@code /scenarios}: a scenario drafted one operation at a time, each saved at once and the page
 * showing what the scenario changes so far, as the history says a version, the org chart of its result
 * and the value chain before and after; undone, deleted, or promoted by an admin. Plain forms: no script
 * is needed; the org chart's buttons and dragging (static/js/scenario.js) fill and post the same forms.
 */
@Controller
class ScenarioPageController {

  /** The most teams listed beside the org chart to be dragged; the forms below pick any by name. */
  static final int DRAGGED = 50;

  private final ScenarioService scenarios;
  private final MessageSource messages;
  private final TeamPicker picker;

  ScenarioPageController(ScenarioService scenarios, MessageSource messages, TeamPicker picker) {
    this.scenarios = scenarios;
    this.messages = messages;
    this.picker = picker;
  }

  @GetMapping("/scenarios")
  String list(Principal principal, Model model) {
    model.addAttribute("scenarios", scenarios.by(principal.getName()));
    return "scenarios/list";
  }

  @PostMapping("/scenarios")
  String create(@RequestParam(defaultValue = "") String name, Principal principal, Locale locale) {
    return "redirect:/scenarios/" + scenarios.create(name, principal.getName(), locale).id();
  }

  @GetMapping("/scenarios/{id}")
  String show(@PathVariable String id, Authentication authentication, Locale locale, Model model) {
    return page(scenarios.whatIf(id, locale), List.of(), authentication, locale, model);
  }

  @PostMapping("/scenarios/{id}/operations")
  String add(@PathVariable String id, @RequestParam String operation, @RequestParam Map<String, String> form,
      Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
    WhatIf now = scenarios.whatIf(id, locale);
    List<String> problems = new ArrayList<>();
    Map<String, Object> fields = fields(operation, form, now.after().model(), problems, locale);
    if (problems.isEmpty()) {
      try {
        scenarios.save(id, ScenarioFile.adding(now.scenario().operations(), operation, fields), locale);
        return "redirect:/scenarios/" + id;
      } catch (ModelRejectedException e) {
        e.problems().stream().map(Problem::message).forEach(problems::add);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return page(now, problems, authentication, locale, model);
  }

  @PostMapping("/scenarios/{id}/undo")
  String undo(@PathVariable String id, Locale locale) {
    SavedScenario saved = scenarios.get(id);
    scenarios.save(id, ScenarioFile.withoutLast(saved.operations()), locale);
    return "redirect:/scenarios/" + id;
  }

  @PostMapping("/scenarios/{id}/delete")
  String delete(@PathVariable String id) {
    scenarios.delete(id);
    return "redirect:/scenarios";
  }

  @PostMapping("/scenarios/{id}/promote")
  String promote(@PathVariable String id, @RequestParam(required = false) String reason,
      Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
    try {
      scenarios.promote(id, authentication.getName(), reason == null || reason.isBlank() ? null : reason.strip(),
          locale);
      return "redirect:/model/history";
    } catch (ModelRejectedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(scenarios.whatIf(id, locale), e.problems().stream().map(Problem::message).toList(),
          authentication, locale, model);
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(scenarios.whatIf(id, locale), List.of(e.getMessage()), authentication, locale, model);
    }
  }

  private String page(WhatIf whatIf, List<String> problems, Authentication authentication, Locale locale,
      Model model) {
    model.addAttribute("scenario", whatIf.scenario());
    model.addAttribute("operations", ScenarioFile.operations(whatIf.scenario().operations()).stream()
        .map(operation -> said(operation, whatIf.names(), locale)).toList());
    model.addAttribute("diff", DiffView.of(whatIf.diff(), whatIf.names(), messages, locale));
    List<Team> teams = whatIf.after().model().teams();
    model.addAttribute("teams", teams.subList(0, Math.min(DRAGGED, teams.size())));
    model.addAttribute("moreTeams", Math.max(0, teams.size() - DRAGGED));
    model.addAttribute("picker", picker.choice(teams, TeamPick.NONE, TeamScope.ANY));
    model.addAttribute("layers", whatIf.after().hierarchy().spanByLayer());
    model.addAttribute("targetSpan", whatIf.after().hierarchy().targetSpan());
    model.addAttribute("chainBefore", ChainWords.drawing(whatIf.before(), messages, locale));
    model.addAttribute("chainAfter", ChainWords.drawing(whatIf.after(), messages, locale));
    model.addAttribute("kinds", NodeKind.values());
    model.addAttribute("problems", problems);
    model.addAttribute("admin", Access.isAdmin(authentication));
    return "scenarios/scenario";
  }

  /**
   * An operation in the reader's words, "Fabrice Richard leaves", its fields in the file's order, a
   * person or team said by the name the diff knows it by (what an operation touches is in the diff), a
   * layer by its level as the org chart numbers them, 1 for the tops (the file's depth is 0 for them).
   */
  private String said(JsonNode operation, DiffNamesInUse names, Locale locale) {
    String name = operation.propertyNames().iterator().next();
    JsonNode fields = operation.get(name);
    boolean layer = name.equals("removeLayer");
    Object[] values = (fields.isObject() ? fields.valueStream() : Stream.of(fields))
        .map(v -> layer && v.isNumber() ? Integer.toString(v.asInt() + 1) : v.asString()).map(v -> names.people().getOrDefault(v, names.nodes().getOrDefault(v, v))).toArray();
    return messages.getMessage("scenarios.op." + name, values, name, locale);
  }

  /** The operation's fields from the form, people picked by name or id; a problem for each field wrong. */
  private Map<String, Object> fields(String operation, Map<String, String> form, Organization result,
      List<String> problems, Locale locale) {
    Map<String, Object> fields = new LinkedHashMap<>();
    switch (operation) {
      case "removeManager" -> person(form, "person", result, fields, problems, locale);
      case "move" -> {
        person(form, "person", result, fields, problems, locale);
        person(form, "manager", result, fields, problems, locale);
      }
      case "removeLayer" -> {
        try {
          fields.put("depth", Integer.parseInt(form.getOrDefault("depth", "").strip()));
        } catch (NumberFormatException e) {
          problems.add(messages.getMessage("scenarios.depth.wrong", null, locale));
        }
      }
      case "mergeTeams" -> {
        team(form, "into", result, fields, problems, locale);
        team(form, "from", result, fields, problems, locale);
      }
      case "moveTeam" -> {
        team(form, "team", result, fields, problems, locale);
        person(form, "lead", result, fields, problems, locale);
      }
      default -> problems.add(messages.getMessage("scenarios.operation.unknown", null, locale));
    }
    return fields;
  }

  private void person(Map<String, String> form, String field, Organization result, Map<String, Object> fields,
      List<String> problems, Locale locale) {
    String typed = form.getOrDefault(field, "");
    Optional<String> id = PersonPick.of(result, typed);
    if (id.isPresent()) {
      fields.put(field, id.get());
    } else {
      problems.add(messages.getMessage("scenarios.person.unknown", new Object[] {typed}, locale));
    }
  }

  /** A team the form names by name or id among the teams of the scenario's result. */
  private void team(Map<String, String> form, String field, Organization result, Map<String, Object> fields,
      List<String> problems, Locale locale) {
    TeamPick pick = picker.pick(result.teams(), form.get(field), locale);
    if (pick.team() != null) {
      fields.put(field, pick.team());
    } else {
      problems.add(pick.wrong() ? pick.problem() : messages.getMessage("teams.pick.none", null, locale));
    }
  }
}
