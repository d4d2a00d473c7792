package org.maillon.server.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.server.security.Role;
import org.maillon.server.security.SsoProperties;

/** The role a provider's claims give, for a roles claim {@code roles}, admins "it", managers "hr" and "board". */
class SsoRolesTests {

  static final SsoProperties SETTINGS = new SsoProperties("https://id.example.com", "maillon", "secret", "",
      "email", "email", "roles", List.of("it"), List.of("hr", "board"), true);

  @Test
  void aListHoldingAnAdminValueMakesAnAdminWhateverElseItHolds() {
    assertThat(SsoRoles.of(Map.of("roles", List.of("hr", "it", "staff")), SETTINGS)).isEqualTo(Role.ADMIN);
  }

  @Test
  void aSingleManagerValueMakesAManager() {
    assertThat(SsoRoles.of(Map.of("roles", "board"), SETTINGS)).isEqualTo(Role.MANAGER);
  }

  @Test
  void noMappedValueNoClaimOrAnotherClaimMakesAMember() {
    assertThat(SsoRoles.of(Map.of("roles", List.of("staff", "IT")), SETTINGS)).isEqualTo(Role.MEMBER);
    assertThat(SsoRoles.of(Map.of(), SETTINGS)).isEqualTo(Role.MEMBER);
    assertThat(SsoRoles.of(Map.of("groups", List.of("it")), SETTINGS)).isEqualTo(Role.MEMBER);
  }
}
