package org.maillon.server.scim;

import java.util.Comparator;
import java.util.List;
import org.maillon.model.Team;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' page of directory provisioning: the departments SCIM sent that no one mapped yet,
 * each with the teams to choose from, the mapped ones to change, and the tokens (never their
 * secrets), in the user's language.
 */
@Controller
class ScimPageController {

  private final ScimDepartments departments;
  private final ScimTokens tokens;
  private final ModelPeople model;

  ScimPageController(ScimDepartments departments, ScimTokens tokens, ModelPeople model) {
    this.departments = departments;
    this.tokens = tokens;
    this.model = model;
  }

  @GetMapping("/provisioning")
  String show(Model page) {
    page.addAttribute("departments", departments.departments());
    page.addAttribute("teams", model.diagnosis().map(diagnosis -> diagnosis.model().teams().stream()
        .sorted(Comparator.comparing(Team::name)).toList()).orElse(List.of()));
    page.addAttribute("tokens", tokens.all());
    return "scim/provisioning";
  }

  @PostMapping("/provisioning/departments")
  String map(@RequestParam String department, @RequestParam(required = false) String team) {
    departments.map(department, team);
    return "redirect:/provisioning?saved";
  }
}
