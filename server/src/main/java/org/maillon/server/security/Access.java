package org.maillon.server.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The checks that depend on what is asked for, not only on the URL: a member sees their own place
 * but not another person's, and the diagnosis summary but not everyone's figures.
 */
public final class Access {

  private Access() {}

  /** True for managers and admins. */
  public static boolean isManager(Authentication authentication) {
    return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals(Role.MANAGER.authority()) || a.equals(Role.ADMIN.authority()));
  }

  /** Throws a 403 unless the user is a manager or an admin. */
  public static void requireManager(Authentication authentication, String message) {
    if (!isManager(authentication)) {
      throw new AccessDeniedException(message);
    }
  }

  /** Throws a 403 unless the user is a manager or an admin, or is this person. */
  public static void requirePerson(Authentication authentication, String personId) {
    if (isManager(authentication)) {
      return;
    }
    if (authentication != null && authentication.getPrincipal() instanceof MaillonUser user
        && personId.equals(user.personId())) {
      return;
    }
    throw new AccessDeniedException("Members may see their own place only.");
  }
}
