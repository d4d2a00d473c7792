package org.maillon.server.notices;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.mail.Outbox;
import org.maillon.server.mail.OutgoingMail;
import org.maillon.server.notices.Recipients.Recipient;
import org.maillon.server.notices.SentNotices.Cause;
import org.maillon.server.security.MailPreferences;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues one cause's message with its record, in one transaction, unless the cause was noticed
 * before or its person has no email: what makes every notice and digest go out once. Another
 * process recording the same cause first makes this one roll back, message included.
 */
@Component
class NoticeSender {

  private final MailPreferences preferences;
  private final SentNotices sent;
  private final Outbox outbox;
  private final NoticeSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  NoticeSender(MailPreferences preferences, SentNotices sent, Outbox outbox, NoticeSettings settings,
      PlatformTransactionManager transactions, Clock clock) {
    this.preferences = preferences;
    this.sent = sent;
    this.outbox = outbox;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** Whether mail is on: without it, nothing is recorded either, so causes wait for it. */
  boolean enabled() {
    return outbox.enabled();
  }

  /** The people of this diagnosis, written to in their account's language, else the organisation's. */
  Recipients recipients(Diagnosis diagnosis) {
    return new Recipients(diagnosis, preferences, settings.locale());
  }

  /**
   * Queues one message for its causes to the person, the causes recorded with it, unless one of
   * them was noticed before; 1 when queued now, else 0.
   *
   * @param verbatims for a digest, the verbatims it counted; else null
   */
  int once(List<Cause> causes, Recipients recipients, String personId, Integer verbatims,
      Function<Recipient, OutgoingMail> message) {
    if (causes.stream().anyMatch(sent::sent)) {
      return 0;
    }
    Optional<Recipient> to = recipients.of(personId);
    if (to.isEmpty()) {
      return 0;
    }
    try {
      transaction.executeWithoutResult(status -> {
        causes.forEach(cause -> sent.add(cause, personId, clock.instant(), verbatims));
        outbox.queue(message.apply(to.get()));
      });
      return 1;
    } catch (DataIntegrityViolationException refused) {
      if (causes.stream().anyMatch(sent::sent)) {
        return 0;
      }
      throw refused;
    }
  }
}
