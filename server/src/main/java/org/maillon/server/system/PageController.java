package org.maillon.server.system;

import java.util.Optional;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the sign-in page; the pages of the five actions will sit beside them. */
@Controller
class PageController {

  private final CurrentOrganization current;

  PageController(CurrentOrganization current) {
    this.current = current;
  }

  @GetMapping("/")
  String home(Model model, Authentication authentication) {
    Optional<CurrentOrganization.Current> now = current.get();
    model.addAttribute("current", now.orElse(null));
    model.addAttribute("figures", now.map(c -> c.diagnosis()).orElse(null));
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
