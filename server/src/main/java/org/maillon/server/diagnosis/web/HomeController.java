package org.maillon.server.diagnosis.web;

import java.util.Locale;
import java.util.Optional;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.server.centricity.CentricityService;
import org.maillon.server.centricity.IndexFormat;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.MaillonUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the verdict and the anti-value chain at a glance, then the five actions each with
 * its figure and next step, or an invitation to import. Actions 4 and 5 show where the organisation
 * stands: the coverage of fresh customer cards and the share of links listened to on time; the
 * customer-centricity index sums them up with the rest. All three come from the index's overview,
 * computed once until its inputs change: recomputing the index on every visit cost about a second
 * at 100,000 people.
 */
@Controller
class HomeController {

  private final CurrentOrganization current;
  private final CentricityService centricity;
  private final FiveActions actions;
  private final IndexFormat format;

  HomeController(CurrentOrganization current, CentricityService centricity, FiveActions actions, IndexFormat format) {
    this.current = current;
    this.centricity = centricity;
    this.actions = actions;
    this.format = format;
  }

  @GetMapping("/")
  String home(Authentication authentication, Model model, Locale locale) {
    Optional<CurrentOrganization.Current> now = current.get();
    model.addAttribute("current", now.orElse(null));
    model.addAttribute("figures", now.map(CurrentOrganization.Current::diagnosis).orElse(null));
    if (now.isPresent()) {
      Diagnosis diagnosis = now.get().diagnosis();
      CentricityService.Overview overview = centricity.overview();
      model.addAttribute("centricity", format.points(overview.centricity().index(), locale));
      model.addAttribute("actions", actions.of(diagnosis, overview, person(diagnosis, authentication)));
    } else {
      model.addAttribute("actions", FiveActions.WITHOUT_MODEL);
    }
    return "diagnosis/home";
  }

  /** The signed-in user's person in this model, if they have one. */
  private static PersonFigures person(Diagnosis diagnosis, Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof MaillonUser user
        && user.personId() != null) {
      return diagnosis.person(user.personId()).orElse(null);
    }
    return null;
  }
}
