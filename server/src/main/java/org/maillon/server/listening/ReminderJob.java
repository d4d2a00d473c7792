package org.maillon.server.listening;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for reminders due, every so often ({@code maillon.mail.reminder-check}, an hour by default). */
@Component
class ReminderJob {

  private final MailInvitations invitations;

  ReminderJob(MailInvitations invitations) {
    this.invitations = invitations;
  }

  @Scheduled(initialDelayString = "${maillon.mail.reminder-check:PT1H}",
      fixedDelayString = "${maillon.mail.reminder-check:PT1H}")
  void run() {
    invitations.remindDue();
  }
}
