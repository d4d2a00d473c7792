package org.maillon.server.listening;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for reminders due, every so often ({@code maillon.mail.reminder-check}, an hour by default),
 * on one server process each time when several share the database.
 */
@Component
class ReminderJob {

  private final MailInvitations invitations;

  ReminderJob(MailInvitations invitations) {
    this.invitations = invitations;
  }

  @Scheduled(initialDelayString = "${maillon.jobs.first-run:${maillon.mail.reminder-check:PT1H}}",
      fixedDelayString = "${maillon.mail.reminder-check:PT1H}")
  @SchedulerLock(name = "reminders", lockAtMostFor = "${maillon.mail.reminder-check:PT1H}",
      lockAtLeastFor = "${maillon.mail.reminder-check:PT1H}")
  void run() {
    invitations.remindDue();
  }
}
