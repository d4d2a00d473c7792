package org.maillon.server.diagnosis.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every finding of one link of the anti-value chain ({@code /findings?link=obesity}), or of all
 * three: where the home page's "… and N more" leads, with the same sentences, names and links. A
 * large diagnosis lists its first {@link #SHOWN} and counts the rest.
 */
@Controller
class FindingsController {

  /** Most findings listed on one page. */
  static final int SHOWN = 500;

  private final CurrentOrganization current;

  FindingsController(CurrentOrganization current) {
    this.current = current;
  }

  @GetMapping("/findings")
  String findings(@RequestParam(required = false) String link, Model model) {
    Diagnosis diagnosis = current.diagnosis();
    ChainLink chosen = link == null || link.isBlank() ? null : Arrays.stream(ChainLink.values())
        .filter(l -> l.key().equals(link.trim())).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "No link of the anti-value chain is called " + link + "."));
    List<Finding> shown = new ArrayList<>();
    int total = 0;
    for (Finding finding : diagnosis.findings()) {
      if (chosen == null || finding.link() == chosen) {
        total++;
        if (shown.size() < SHOWN) {
          shown.add(finding);
        }
      }
    }
    model.addAttribute("figures", diagnosis);
    model.addAttribute("link", chosen == null ? null : chosen.key());
    model.addAttribute("links", Arrays.stream(ChainLink.values()).map(ChainLink::key).toList());
    model.addAttribute("findings", shown);
    model.addAttribute("findingTotal", total);
    return "diagnosis/findings";
  }
}
