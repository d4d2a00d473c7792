package org.maillon.server.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server and the outbox's pace, in one place ({@code maillon.mail.*}, fed by the
 * {@code MAILLON_SMTP_*} variables in application.properties). No host: nothing is sent, and the
 * pages and the API say so.
 *
 * @param retryBase the wait after a first failure, doubled after each further one
 * @param lease how long a message being sent stays claimed: past it, a process that died mid-send
 *     is presumed gone and the message is sent again
 * @param keepSent how long a sent message (its recipient and subject; its bodies go once sent) is
 *     kept before the worker deletes it
 */
@ConfigurationProperties("maillon.mail")
public record MailSettings(String host, @DefaultValue("25") int port, String user, String password,
    @DefaultValue("maillon@localhost") String from, @DefaultValue("false") boolean starttls,
    @DefaultValue("8") int maxAttempts, @DefaultValue("PT30S") Duration retryBase,
    @DefaultValue("PT2M") Duration lease, @DefaultValue("20") int batch, @DefaultValue("P90D") Duration keepSent) {

  /** Whether an SMTP server is set: without one, nothing is queued or sent. */
  public boolean enabled() {
    return host != null && !host.isBlank();
  }

  /** The wait before the attempt after this many failed ones: the base, doubled each time, capped at a day. */
  Duration backoff(int failedAttempts) {
    Duration wait = retryBase.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    return wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait;
  }

  /** The domain of the sender's address, which message ids end with. */
  String domain() {
    int at = from.lastIndexOf('@');
    return at < 0 ? "maillon.invalid" : from.substring(at + 1).replace(">", "").strip();
  }
}
