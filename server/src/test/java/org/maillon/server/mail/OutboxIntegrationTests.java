package org.maillon.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maillon.server.storage.Timestamps;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox after a crash, as the database holds it: a message claimed by a process that died is
 * sent again once its lease ends, never before, with the Message-ID its key gives it.
 */
@ApiTest
class OutboxIntegrationTests {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestSmtp.register(registry, smtp);
  }

  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired OutboxWorker worker;

  @Test
  void aMessageWhoseLeaseRanOutIsSentAgainWithItsStableIdAndOneStillLeasedWaits() throws Exception {
    Instant now = clock.instant();
    claimedByADeadProcess("lease-over", "over@example.org", now.minusSeconds(1));
    claimedByADeadProcess("lease-running", "running@example.org", now.plus(Duration.ofHours(1)));

    assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
    Thread.sleep(1_000);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getMessageID()).isEqualTo("<lease-over@cuisines-bocage.example>");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("over@example.org");
    assertThat(row("lease-over")).containsEntry("status", "sent").containsEntry("attempts", 2)
        .containsEntry("text_body", null).containsEntry("html_body", null);
    assertThat(row("lease-running")).containsEntry("status", "sending").containsEntry("attempts", 1);
  }

  @Test
  void sentMessagesAreDeletedOnceOlderThanTheSettingAndNoOtherIs() {
    Instant now = clock.instant();
    inState("sent-91", "sent", now.minus(Duration.ofDays(91)));
    inState("sent-89", "sent", now.minus(Duration.ofDays(89)));
    inState("failed-100", "failed", null);

    worker.purge();

    assertThat(jdbc.sql("SELECT message_key FROM mail_outbox WHERE message_key IN ('sent-91', 'sent-89', 'failed-100')")
        .query(String.class).list()).containsExactlyInAnyOrder("sent-89", "failed-100");
  }

  private void inState(String key, String status, Instant sentAt) {
    jdbc.sql("""
            INSERT INTO mail_outbox (message_key, recipient, language, subject, status, attempts, next_attempt_at,
                created_at, sent_at)
            VALUES (?, 'old@example.org', 'fr', 'Votre avis', ?, 1, ?, ?, ?)""")
        .params(key, status, Timestamps.param(clock.instant().minus(Duration.ofDays(100))),
            Timestamps.param(clock.instant().minus(Duration.ofDays(100))), Timestamps.param(sentAt)).update();
  }

  /** A message as a process leaves it when killed mid-send: claimed, one attempt counted, leased until then. */
  private void claimedByADeadProcess(String key, String recipient, Instant leaseEnd) {
    jdbc.sql("""
            INSERT INTO mail_outbox (message_key, recipient, language, subject, text_body, html_body, status,
                attempts, next_attempt_at, created_at)
            VALUES (?, ?, 'fr', 'Votre avis', 'Bonjour', '<p>Bonjour</p>', 'sending', 1, ?, ?)""")
        .params(key, recipient, Timestamps.param(leaseEnd), Timestamps.param(clock.instant())).update();
  }

  private Map<String, Object> row(String key) {
    return jdbc.sql("SELECT status, attempts, text_body, html_body FROM mail_outbox WHERE message_key = ?")
        .param(key).query().singleRow();
  }
}
