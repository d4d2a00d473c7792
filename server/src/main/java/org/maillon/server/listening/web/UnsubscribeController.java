package org.maillon.server.listening.web;

import jakarta.servlet.http.HttpServletResponse;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.MailInvitations;
import org.maillon.server.system.Notice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of a message to a contact ({@code /unsubscribe/{token}}), without sign-in:
 * the page asks to confirm (a mail scanner that opens links must not unsubscribe anyone), and the
 * confirmation stops every further invitation and reminder to that address at once.
 */
@Controller
class UnsubscribeController {

  private final MailInvitations mail;
  private final ListeningService listening;

  UnsubscribeController(MailInvitations mail, ListeningService listening) {
    this.mail = mail;
    this.listening = listening;
  }

  @ModelAttribute("organization")
  String organization() {
    return listening.organizationName().orElse(null);
  }

  @GetMapping("/unsubscribe/{token}")
  String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
    if (mail.unsubscribing(token).isEmpty()) {
      return unknown(response, model);
    }
    model.addAttribute("token", token);
    return "listening/unsubscribe";
  }

  @PostMapping("/unsubscribe/{token}")
  String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
    if (!mail.unsubscribe(token)) {
      return unknown(response, model);
    }
    model.addAttribute(Notice.ATTRIBUTE, new Notice("unsubscribed", "listening.unsubscribe.done.title",
        "listening.unsubscribe.done.text"));
    return SurveyController.NOTICE;
  }

  private static String unknown(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute(Notice.ATTRIBUTE, new Notice("unsubscribe-unknown", "listening.unsubscribe.unknown.title",
        "listening.unsubscribe.unknown.text"));
    return SurveyController.NOTICE;
  }
}
