package org.maillon.server.security.web;

import org.maillon.server.security.SsoProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; a failed or finished sign-in comes back here with a message. After too many
 * failures it says how many minutes to wait ({@code ?wait=N}, read as a number from 1 to 60 only,
 * so that a crafted link cannot make it say anything else). With single sign-on it offers the
 * company's provider, and shows the password form only while local accounts are on.
 */
@Controller
class LoginController {

  private final SsoProperties sso;

  LoginController(SsoProperties sso) {
    this.sso = sso;
  }

  @GetMapping("/login")
  String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
    model.addAttribute("sso", sso.enabled());
    model.addAttribute("ssoProvider", sso.providerName().isBlank() ? null : sso.providerName());
    model.addAttribute("passwords", sso.localAccounts());
    if (wait != null && wait.matches("[1-9][0-9]?") && Integer.parseInt(wait) <= 60) {
      model.addAttribute("waitMinutes", Integer.parseInt(wait));
    }
    return "login";
  }
}
