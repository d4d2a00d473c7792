package org.maillon.server.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox as admins see it: counts by status and the latest failures (docs/email.md). */
@RestController
@Tag(name = "mail", description = "The outbox of email")
class OutboxController {

  private final Outbox outbox;

  OutboxController(Outbox outbox) {
    this.outbox = outbox;
  }

  @Operation(summary = "The outbox: whether mail is on, messages by status, the latest failures (admins)")
  @GetMapping("/api/mail/outbox")
  OutboxReport outbox() {
    return outbox.report();
  }
}
