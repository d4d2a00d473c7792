package org.maillon.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test JVM (GreenMail) and the settings that point Maillon at it, so that
 * mail tests read what a recipient would receive; the worker polls often so tests wait little.
 */
public final class TestSmtp {

  private TestSmtp() {}

  /** A server on a free port, kept for the whole test class. */
  public static GreenMailExtension server() {
    return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
  }

  /** Maillon's mail settings for that server. */
  public static void register(DynamicPropertyRegistry registry, GreenMailExtension smtp) {
    registry.add("maillon.mail.host", () -> "localhost");
    registry.add("maillon.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("maillon.mail.from", () -> "ecoute@cuisines-bocage.example");
    registry.add("maillon.mail.poll", () -> "PT0.2S");
  }

  /** How long a test waits for messages: the worker polls every 0.2 s, but the machine may be busy. */
  public static final Duration WAIT = Duration.ofSeconds(30);

  /** The messages received so far, once there are this many, and no more. */
  public static MimeMessage[] receive(GreenMailExtension smtp, int count) {
    assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), count)).as("%d messages arrive", count).isTrue();
    MimeMessage[] messages = smtp.getReceivedMessages();
    assertThat(messages).hasSize(count);
    return messages;
  }

  /** The plain text of a message, or of a part of it: what a reader without HTML sees. */
  public static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    StringBuilder text = new StringBuilder();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        text.append(plainText(child));
      }
    }
    return text.toString();
  }
}
