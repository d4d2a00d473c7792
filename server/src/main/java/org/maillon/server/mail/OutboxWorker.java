package org.maillon.server.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox, one batch at a time, one worker per process (the scheduler's single thread):
 * claims due messages in a transaction committed before sending, sends each, then marks it sent;
 * a failure waits {@link MailSettings#backoff} before the next attempt, up to the maximum, then the
 * message is failed. A message claimed by a process that died is claimed again once its lease ends.
 * Every {@code purge-check}, messages sent longer ago than {@link MailSettings#keepSent} are deleted.
 * With several processes on one database each sends (a claim is taken by one), and the purge runs
 * on one of them each period.
 */
@Component
class OutboxWorker {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
  private static final int MAX_ERROR = 1000;

  private final Outbox outbox;
  private final MailDelivery delivery;
  private final MailSettings settings;
  private final Clock clock;

  OutboxWorker(Outbox outbox, MailDelivery delivery, MailSettings settings, Clock clock) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${maillon.mail.poll:PT2S}", fixedDelayString = "${maillon.mail.poll:PT2S}")
  void run() {
    if (!settings.enabled()) {
      return;
    }
    List<OutboxStore.Claimed> claimed;
    do {
      Instant now = clock.instant();
      claimed = outbox.claim(now, now.plus(settings.lease()), settings.batch());
      claimed.forEach(this::send);
    } while (claimed.size() == settings.batch());
  }

  @Scheduled(initialDelayString = "${maillon.jobs.first-run:${maillon.mail.purge-check:PT1H}}",
      fixedDelayString = "${maillon.mail.purge-check:PT1H}")
  @SchedulerLock(name = "mail-purge", lockAtMostFor = "${maillon.mail.purge-check:PT1H}",
      lockAtLeastFor = "${maillon.mail.purge-check:PT1H}")
  void purge() {
    int purged = outbox.purgeSent(clock.instant().minus(settings.keepSent()));
    if (purged > 0) {
      LOG.info("Deleted {} messages sent more than {} ago.", purged, settings.keepSent());
    }
  }

  private void send(OutboxStore.Claimed mail) {
    try {
      delivery.send(mail);
    } catch (Exception e) {
      failed(mail, e);
      return;
    }
    outbox.sent(mail.id(), clock.instant());
  }

  private void failed(OutboxStore.Claimed mail, Exception e) {
    String error = String.valueOf(e.getMessage());
    error = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    boolean last = mail.attempts() >= settings.maxAttempts();
    LOG.warn("Mail {} to {}: attempt {} failed{}: {}", mail.id(), mail.recipient(), mail.attempts(),
        last ? " for good" : "", error);
    outbox.attemptFailed(mail.id(), error, last ? null : clock.instant().plus(settings.backoff(mail.attempts())));
  }
}
