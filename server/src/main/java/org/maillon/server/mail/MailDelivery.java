package org.maillon.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a claimed message to the SMTP server of the settings, as plain text and HTML, with a
 * Message-ID made from its key: sent twice after a crash, it is the same message, which receivers
 * may drop.
 */
@Component
class MailDelivery {

  private static final String TIMEOUT_MILLIS = "10000";

  private final MailSettings settings;
  private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

  MailDelivery(MailSettings settings) {
    this.settings = settings;
    sender.setHost(settings.host());
    sender.setPort(settings.port());
    sender.setUsername(blankToNull(settings.user()));
    sender.setPassword(blankToNull(settings.password()));
    sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    Properties properties = sender.getJavaMailProperties();
    properties.put("mail.smtp.auth", String.valueOf(blankToNull(settings.user()) != null));
    properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
  }

  void send(OutboxStore.Claimed mail) throws MessagingException {
    String messageId = "<" + mail.key() + "@" + settings.domain() + ">";
    MimeMessage message = new MimeMessage(sender.getSession()) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.from());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.text(), mail.html());
    sender.send(message);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
