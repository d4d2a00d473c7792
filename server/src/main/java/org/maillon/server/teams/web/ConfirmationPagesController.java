package org.maillon.server.teams.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.maillon.server.system.RequestLocale;
import org.maillon.server.teams.LinkConfirmation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The "Confirm" button of the team card and of one's own place: the same confirmation as the API,
 * then back to the page it was pressed on — one's place ({@code back=me}) or the customer's card.
 */
@Controller
class ConfirmationPagesController {

  private final LinkConfirmation confirmation;

  ConfirmationPagesController(LinkConfirmation confirmation) {
    this.confirmation = confirmation;
  }

  @PostMapping("/links/{from}/{to}/confirmation")
  String confirm(@PathVariable String from, @PathVariable String to, @RequestParam(required = false) String back,
      Authentication user, HttpServletRequest request) {
    confirmation.confirm(user, from, to, RequestLocale.of(request, null));
    if ("me".equals(back)) {
      return "redirect:/me";
    }
    return "redirect:/teams/" + UriUtils.encodePathSegment(to, StandardCharsets.UTF_8) + "#requirements";
  }
}
