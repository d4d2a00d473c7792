package org.maillon.server.pulse.web;

import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.pulse.PulseResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pulse page ({@code /pulse}): per team, the pulse means beside its procedures per 100 people
 * and its climbing circuits, the organisation's means and their trend. Anyone signed in sees it.
 */
@Controller
class PulsePageController {

  private final CurrentOrganization current;
  private final PulseResults results;

  PulsePageController(CurrentOrganization current, PulseResults results) {
    this.current = current;
    this.results = results;
  }

  @GetMapping("/pulse")
  String pulse(Model model) {
    if (current.get().isEmpty()) {
      return "diagnosis/no-model";
    }
    model.addAttribute("pulse", results.organisation());
    return "pulse/overview";
  }
}
