package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every word of the users pages and every account problem exists in English and in French. */
class AccountBundleTests {

  @Test
  void theFrenchAndEnglishBundlesHaveTheSameKeys() {
    ResourceBundle english = ResourceBundle.getBundle("i18n/accounts", Locale.ROOT);
    ResourceBundle french = ResourceBundle.getBundle("i18n/accounts", Locale.FRENCH);

    assertThat(french.keySet()).isEqualTo(english.keySet());
    assertThat(english.keySet()).contains("account.problem.passwordTooShort", "account.refused.lastAdmin",
        "account.refused.self", "account.refused.unknown");
    assertThat(french.getString("account.problem.passwordTooShort")).isNotEqualTo(
        english.getString("account.problem.passwordTooShort"));
  }
}
