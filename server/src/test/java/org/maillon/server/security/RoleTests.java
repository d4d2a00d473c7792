package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTests {

  @Test
  void rolesAreReadInAnyCaseAndStoredInLowerCase() {
    assertThat(Role.of("Manager")).isEqualTo(Role.MANAGER);
    assertThat(Role.MEMBER.code()).isEqualTo("member");
    assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
  }

  @Test
  void anUnknownRoleIsRefused() {
    assertThatThrownBy(() -> Role.of("owner")).isInstanceOf(IllegalArgumentException.class);
  }
}
