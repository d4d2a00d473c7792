package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ServerProcess;
import org.springframework.http.MediaType;

/**
 * Nothing lost, nothing doubled: the real server jar queues 100 invitations while its SMTP server
 * is down, is killed (kill -9) while it retries them, and started again on the same data folder
 * once the SMTP server (GreenMail) is up; each of the 100 recipients then gets exactly one message.
 */
class MailOutboxCrashIntegrationTests {

  static final int CONTACTS = 100;

  @TempDir Path folder;

  @Test
  void messagesQueuedBeforeAKillAreEachDeliveredOnceAfterTheRestart() throws Exception {
    Path data = Files.createDirectories(folder.resolve("data"));
    int smtpPort = freePort();
    Map<String, String> environment = Map.of("MAILLON_SMTP_HOST", "localhost",
        "MAILLON_SMTP_PORT", Integer.toString(smtpPort), "MAILLON_MAIL_POLL", "PT0.5S",
        "MAILLON_MAIL_RETRYBASE", "PT1S", "MAILLON_MAIL_MAXATTEMPTS", "1000", "MAILLON_MAIL_LEASE", "PT5S");
    try (ServerProcess server = ServerProcess.start(ServerProcess.JAR, data, CrashRound.PASSWORD, environment)) {
      Api admin = CrashRound.admin(server);
      long campaign = CrashRound.campaign(admin);
      List<Map<String, String>> contacts = new ArrayList<>();
      for (int i = 0; i < CONTACTS; i++) {
        contacts.add(Map.of("email", "crash" + i + "@example.org", "language", "en", "customer", CrashRound.CUSTOMER));
      }
      Api.Reply queued = admin.post("/api/campaigns/" + campaign + "/invitations", MediaType.APPLICATION_JSON,
          Map.of("contacts", contacts));
      assertThat(queued.status()).as(queued.body()).isEqualTo(201);
      awaitAFailedAttempt(admin);
      server.kill();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (ServerProcess server = ServerProcess.start(ServerProcess.JAR, data, CrashRound.PASSWORD, environment)) {
      assertThat(smtp.waitForIncomingEmail(60_000, CONTACTS)).as("%d messages arrive", CONTACTS).isTrue();
      Thread.sleep(3_000);
      Map<String, Integer> received = new HashMap<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        received.merge(message.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
      }
      assertThat(received).hasSize(CONTACTS).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
      assertThat(CrashRound.admin(server).get("/api/mail/outbox").json().get("counts").get("sent").asInt())
          .isEqualTo(CONTACTS);
    } finally {
      smtp.stop();
    }
  }

  /** Waits until the worker has tried the unreachable SMTP server: the outbox shows a failure. */
  private static void awaitAFailedAttempt(Api admin) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (!admin.get("/api/mail/outbox").json().get("failures").isEmpty()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("The worker never tried the SMTP server");
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
