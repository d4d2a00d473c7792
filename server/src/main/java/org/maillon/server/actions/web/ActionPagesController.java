package org.maillon.server.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.model.Team;
import org.maillon.server.actions.Action;
import org.maillon.server.actions.ActionChange;
import org.maillon.server.actions.ActionRejected;
import org.maillon.server.actions.ActionService;
import org.maillon.server.actions.ActionStatus;
import org.maillon.server.actions.NewAction;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.teams.picker.TeamPick;
import org.maillon.server.teams.picker.TeamPicker;
import org.maillon.server.teams.picker.TeamScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Actions as pages: every action with filters, one action with the form that changes it, and the
 * "Follow up" button's post, which creates an action and opens it. Rights are
 * {@link ActionService}'s; a refused form comes back with its problems, 422.
 */
@Controller
class ActionPagesController {

  private final ActionService actions;
  private final CurrentOrganization current;
  private final MessageSource messages;
  private final TeamPicker picker;

  ActionPagesController(ActionService actions, CurrentOrganization current, MessageSource messages, TeamPicker picker) {
    this.actions = actions;
    this.current = current;
    this.messages = messages;
    this.picker = picker;
  }

  /** The follow-up button's fields, and the action page's form (empty fields change nothing). */
  record ActionForm(String title, String owner, String team, String due, String status, String notes,
      String sourceKind, String sourceKey) {

    ActionChange change(boolean leads) {
      return new ActionChange(leads ? title : null, leads ? empty(owner) : null, leads ? empty(due) : null,
          empty(status), notes);
    }

    private static String empty(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  @GetMapping("/actions")
  String list(@RequestParam(required = false) String team, @RequestParam(required = false) String owner,
      @RequestParam(required = false) String status, Authentication authentication, Locale locale, Model model,
      HttpServletResponse response) {
    current.requireModel();
    ActionStatus chosen = ActionStatus.of(status).orElse(null);
    List<Team> teams = picker.pickable(authentication, TeamScope.ANY);
    TeamPick pick = picker.pick(teams, team, locale);
    if (pick.wrong()) {
      response.setStatus(422);
    }
    model.addAttribute("actions", actions.actions(pick.team(), blank(owner), chosen));
    model.addAttribute("picker", picker.choice(teams, pick, TeamScope.ANY));
    model.addAttribute("owner", blank(owner));
    model.addAttribute("status", chosen == null ? null : chosen.code());
    model.addAttribute("statuses", ActionStatus.values());
    return "actions/list";
  }

  @PostMapping("/actions")
  String create(ActionForm form, Authentication authentication, Locale locale, Model model,
      HttpServletResponse response) {
    try {
      Action action = actions.create(new NewAction(form.title(), form.owner(), form.team(), form.due(), null,
          form.notes(), form.sourceKind(), form.sourceKey()), authentication);
      return "redirect:/actions/" + action.id();
    } catch (ActionRejected rejected) {
      response.setStatus(422);
      model.addAttribute("problems", byField(rejected, locale));
      return "actions/rejected";
    }
  }

  @GetMapping("/actions/{id}")
  String action(@PathVariable long id, Authentication authentication, Model model) {
    return page(actions.action(id), Map.of(), authentication, model);
  }

  @PostMapping("/actions/{id}")
  String change(@PathVariable long id, ActionForm form, Authentication authentication, Locale locale, Model model,
      HttpServletResponse response) {
    Action action = actions.action(id);
    try {
      actions.change(id, form.change(actions.leads(authentication, action.team())), authentication);
      return "redirect:/actions/" + id;
    } catch (ActionRejected rejected) {
      response.setStatus(422);
      return page(action, byField(rejected, locale), authentication, model);
    }
  }

  private String page(Action action, Map<String, String> problems, Authentication authentication, Model model) {
    boolean leads = actions.leads(authentication, action.team());
    model.addAttribute("action", action);
    model.addAttribute("leads", leads);
    model.addAttribute("edits", leads || ActionService.owns(authentication, action));
    model.addAttribute("statuses", ActionStatus.values());
    model.addAttribute("problems", problems);
    return "actions/action";
  }

  private Map<String, String> byField(ActionRejected rejected, Locale locale) {
    Map<String, String> byField = new LinkedHashMap<>();
    rejected.problems().forEach(p -> byField.putIfAbsent(p.field(),
        messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
    return byField;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
