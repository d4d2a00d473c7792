package org.maillon.server.diagnosis.web;

import java.util.Optional;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the anti-value chain at a glance and the five actions, or an invitation to import. */
@Controller
class HomeController {

  private final CurrentOrganization current;

  HomeController(CurrentOrganization current) {
    this.current = current;
  }

  @GetMapping("/")
  String home(Model model) {
    Optional<CurrentOrganization.Current> now = current.get();
    model.addAttribute("current", now.orElse(null));
    model.addAttribute("figures", now.map(CurrentOrganization.Current::diagnosis).orElse(null));
    return "home";
  }
}
