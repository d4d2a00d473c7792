package org.maillon.server.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What admins see of the outbox: whether mail is on, how many messages are in each status, and the
 * latest failures, so that a broken SMTP setting shows before anyone complains.
 */
public record OutboxReport(boolean enabled, Map<String, Integer> counts, List<Failure> failures) {

  /** A message that failed, or failed its last attempt: to whom, how many attempts, the last error. */
  public record Failure(long id, String recipient, String subject, String status, int attempts,
      String lastError, Instant nextAttemptAt) {}
}
