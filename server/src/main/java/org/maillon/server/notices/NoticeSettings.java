package org.maillon.server.notices;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are sent ({@code maillon.notices.*}).
 *
 * @param check how often causes are looked for
 * @param dueWithinDays an action is noticed once its due day is at most this many days away
 * @param language the organisation's language for notices, {@code fr} or {@code en}: a person has
 *     none, and an account has one only once its owner saved a choice on their account page
 */
@ConfigurationProperties("maillon.notices")
record NoticeSettings(@DefaultValue("PT1H") Duration check, @DefaultValue("2") int dueWithinDays,
    @DefaultValue("fr") String language) {

  /** The organisation's language as a locale: French unless {@code en}. */
  Locale locale() {
    return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
  }
}
