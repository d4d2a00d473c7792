package org.maillon.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The outbox's settings: mail on only with a host, retries that wait twice as long each time, up to a day. */
class MailSettingsTests {

  static MailSettings settings(String host, String from) {
    return new MailSettings(host, 25, null, null, from, false, 8, Duration.ofSeconds(30), Duration.ofMinutes(2), 20,
        Duration.ofDays(90));
  }

  @Test
  void mailIsOnOnlyWithAHost() {
    assertThat(settings(null, "a@b.fr").enabled()).isFalse();
    assertThat(settings("  ", "a@b.fr").enabled()).isFalse();
    assertThat(settings("smtp.example.org", "a@b.fr").enabled()).isTrue();
  }

  @Test
  void eachFailureDoublesTheWaitUpToADay() {
    MailSettings settings = settings("smtp.example.org", "a@b.fr");
    assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(settings.backoff(13)).isEqualTo(Duration.ofDays(1));
    assertThat(settings.backoff(40)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void messageIdsEndWithTheSendersDomain() {
    assertThat(settings("h", "Écoute <ecoute@cuisines-bocage.fr>").domain()).isEqualTo("cuisines-bocage.fr");
    assertThat(settings("h", "maillon").domain()).isEqualTo("maillon.invalid");
  }
}
