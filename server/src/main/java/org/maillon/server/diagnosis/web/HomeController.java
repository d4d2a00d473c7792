package org.maillon.server.diagnosis.web;

import java.util.Optional;
import org.maillon.server.centricity.CentricityService;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the anti-value chain at a glance and the five actions, or an invitation to import.
 * Actions 4 and 5 show where the organisation stands: the coverage of fresh customer cards and the
 * share of links listened to on time; the customer-centricity index sums them up with the rest.
 * All three come from the index's overview, computed once until its inputs change: recomputing
 * the index on every visit cost about a second at 100,000 people.
 */
@Controller
class HomeController {

  private final CurrentOrganization current;
  private final CentricityService centricity;

  HomeController(CurrentOrganization current, CentricityService centricity) {
    this.current = current;
    this.centricity = centricity;
  }

  @GetMapping("/")
  String home(Model model) {
    Optional<CurrentOrganization.Current> now = current.get();
    model.addAttribute("current", now.orElse(null));
    model.addAttribute("figures", now.map(CurrentOrganization.Current::diagnosis).orElse(null));
    if (now.isPresent()) {
      CentricityService.Overview overview = centricity.overview();
      model.addAttribute("knowledge", overview.cards());
      model.addAttribute("listening", overview.listening());
      model.addAttribute("centricity", overview.centricity().index());
    }
    return "diagnosis/home";
  }
}
