package org.maillon.server.scim;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.model.Team;
import org.maillon.server.teams.picker.TeamChoice;
import org.maillon.server.teams.picker.TeamPick;
import org.maillon.server.teams.picker.TeamPicker;
import org.maillon.server.teams.picker.TeamScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' page of directory provisioning: the departments SCIM sent that no one mapped yet,
 * each with its team picker, the mapped ones to change, and the tokens (never their
 * secrets), in the user's language; a team typed that names none comes back beside its department, 422.
 */
@Controller
class ScimPageController {

  private final ScimDepartments departments;
  private final ScimTokens tokens;
  private final ModelPeople model;
  private final TeamPicker picker;

  ScimPageController(ScimDepartments departments, ScimTokens tokens, ModelPeople model, TeamPicker picker) {
    this.departments = departments;
    this.tokens = tokens;
    this.model = model;
    this.picker = picker;
  }

  @GetMapping("/provisioning")
  String show(Model page) {
    return page(null, TeamPick.NONE, page);
  }

  @PostMapping("/provisioning/departments")
  String map(@RequestParam String department, @RequestParam(required = false) String team, Locale locale,
      Model page, HttpServletResponse response) {
    TeamPick pick = picker.pick(teams(), team, locale);
    if (pick.wrong()) {
      response.setStatus(422);
      return page(department, pick, page);
    }
    departments.map(department, pick.team());
    return "redirect:/provisioning?saved";
  }

  /** The page, each department with its picker, the one posted wrong (if any) with what was typed. */
  private String page(String wrong, TeamPick typed, Model page) {
    ScimDepartments.Departments all = departments.departments();
    List<Team> teams = teams();
    Map<String, TeamChoice> choices = new HashMap<>();
    all.unmapped().forEach(d -> choices.put(d, picker.choice(teams, TeamPick.NONE, TeamScope.ANY)));
    all.mapping().forEach((d, team) -> choices.put(d, picker.choice(teams, TeamPick.chosen(team), TeamScope.ANY)));
    if (wrong != null) {
      choices.put(wrong, picker.choice(teams, typed, TeamScope.ANY));
    }
    page.addAttribute("departments", all);
    page.addAttribute("choices", choices);
    page.addAttribute("tokens", tokens.all());
    return "scim/provisioning";
  }

  private List<Team> teams() {
    return model.diagnosis().map(diagnosis -> diagnosis.model().teams().stream()
        .sorted(Comparator.comparing(TeamPicker::label)).toList()).orElse(List.of());
  }
}
