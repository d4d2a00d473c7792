package org.maillon.server.mail.web;

import org.maillon.server.mail.Outbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outbox for admins: whether mail is on, the messages by status, the latest failures and their errors. */
@Controller
class OutboxPageController {

  private final Outbox outbox;

  OutboxPageController(Outbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/mail/outbox")
  String show(Model model) {
    model.addAttribute("report", outbox.report());
    return "mail/outbox";
  }
}
