package org.maillon.server.sso;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maillon.server.security.Role;
import org.maillon.server.security.SsoProperties;

/**
 * The role the provider's claims give: admin when the roles claim holds one of the admin values,
 * else manager for one of the manager values, else member. The claim may be one value or a list
 * (Entra ID, Okta and Keycloak send groups or roles as a list of strings).
 */
final class SsoRoles {

  private SsoRoles() {}

  static Role of(Map<String, Object> claims, SsoProperties settings) {
    List<String> held = values(claims.get(settings.rolesClaim()));
    if (held.stream().anyMatch(settings.adminValues()::contains)) {
      return Role.ADMIN;
    }
    if (held.stream().anyMatch(settings.managerValues()::contains)) {
      return Role.MANAGER;
    }
    return Role.MEMBER;
  }

  private static List<String> values(Object claim) {
    if (claim instanceof Collection<?> many) {
      return many.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }
    return claim == null ? List.of() : List.of(claim.toString());
  }
}
