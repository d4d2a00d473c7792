package org.maillon.server.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with mail: know whether it is on, and queue a message in the
 * transaction that causes it, so that the message exists if and only if its cause was committed.
 * The worker ({@link OutboxWorker}) sends it later.
 */
@Service
public class Outbox {

  static final int REPORTED_FAILURES = 20;

  private final OutboxStore store;
  private final MailSettings settings;
  private final Clock clock;

  Outbox(OutboxStore store, MailSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether an SMTP server is set; when not, callers must not queue (they refuse, saying why). */
  public boolean enabled() {
    return settings.enabled();
  }

  /** Queues a message in the caller's transaction; its key must be new. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void queue(OutgoingMail mail) {
    if (!enabled()) {
      throw new IllegalStateException("No SMTP server is set (MAILLON_SMTP_HOST): nothing may be queued.");
    }
    store.add(mail, clock.instant());
  }

  /** Claims the due messages in a transaction of its own, committed before any is sent ({@link OutboxStore#claim}). */
  @Transactional
  List<OutboxStore.Claimed> claim(Instant now, Instant leaseEnd, int limit) {
    return store.claim(now, leaseEnd, limit);
  }

  @Transactional
  void sent(long id, Instant at) {
    store.sent(id, at);
  }

  /** Deletes the messages sent before this instant, so that recipients' addresses are not kept for ever; how many. */
  @Transactional
  int purgeSent(Instant before) {
    return store.purgeSent(before);
  }

  @Transactional
  void attemptFailed(long id, String error, Instant retryAt) {
    store.attemptFailed(id, error, retryAt);
  }

  /** The counts by status and the latest failures. */
  public OutboxReport report() {
    return new OutboxReport(enabled(), store.counts(), store.failures(REPORTED_FAILURES));
  }
}
