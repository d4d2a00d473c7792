package org.maillon.server.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; a failed or finished sign-in comes back here with a message. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
