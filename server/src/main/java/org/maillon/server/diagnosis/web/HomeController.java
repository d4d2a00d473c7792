package org.maillon.server.diagnosis.web;

import java.util.Optional;
import org.maillon.server.centricity.CentricityService;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.voice.ListeningOnTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the anti-value chain at a glance and the five actions, or an invitation to import.
 * Actions 4 and 5 show where the organisation stands: the coverage of fresh customer cards and the
 * share of links listened to on time; the customer-centricity index sums them up with the rest.
 */
@Controller
class HomeController {

  private final CurrentOrganization current;
  private final CustomerKnowledge knowledge;
  private final ListeningOnTime listening;
  private final CentricityService centricity;

  HomeController(CurrentOrganization current, CustomerKnowledge knowledge, ListeningOnTime listening,
      CentricityService centricity) {
    this.current = current;
    this.knowledge = knowledge;
    this.listening = listening;
    this.centricity = centricity;
  }

  @GetMapping("/")
  String home(Model model) {
    Optional<CurrentOrganization.Current> now = current.get();
    model.addAttribute("current", now.orElse(null));
    model.addAttribute("figures", now.map(CurrentOrganization.Current::diagnosis).orElse(null));
    if (now.isPresent()) {
      model.addAttribute("knowledge", knowledge.organisationCoverage());
      model.addAttribute("listening", listening.summary());
      model.addAttribute("centricity", centricity.organisation().index());
    }
    return "home";
  }
}
