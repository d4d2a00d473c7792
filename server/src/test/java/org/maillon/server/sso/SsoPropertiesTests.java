package org.maillon.server.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.server.security.SsoProperties;

/** The settings of single sign-on that could only lock everyone out, or match nothing, are refused at start. */
class SsoPropertiesTests {

  @Test
  void noIssuerIsTodaysBehaviourWithPasswordsOnly() {
    SsoProperties none = settings("", "", "email", true);

    assertThat(none.enabled()).isFalse();
    assertThat(none.localAccounts()).isTrue();
  }

  @Test
  void localAccountsOffWithoutAProviderIsRefused() {
    assertThatThrownBy(() -> settings("", "", "email", false)).hasMessageContaining("nobody could sign in");
  }

  @Test
  void anIssuerWithoutAClientIdIsRefused() {
    assertThatThrownBy(() -> settings("https://id.example.com", "", "email", true))
        .hasMessageContaining("maillon.sso.client-id");
  }

  @Test
  void thePersonFieldIsEmailOrIdInAnyCase() {
    assertThat(settings("https://id.example.com", "maillon", "ID", false).personField()).isEqualTo("id");
    assertThatThrownBy(() -> settings("https://id.example.com", "maillon", "name", true))
        .hasMessageContaining("email or id");
  }

  @Test
  void blankRoleValuesAreDroppedSoThatAnEmptyClaimMakesNoAdmin() {
    SsoProperties blank = new SsoProperties("https://id.example.com", "maillon", "", "", "email", "email", "groups",
        List.of(""), List.of(" managers ", " "), true);

    assertThat(blank.adminValues()).isEmpty();
    assertThat(blank.managerValues()).containsExactly("managers");
  }

  private static SsoProperties settings(String issuer, String client, String field, boolean local) {
    return new SsoProperties(issuer, client, "", "", "email", field, "groups", List.of(), List.of(), local);
  }
}
