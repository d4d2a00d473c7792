package org.maillon.server.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The pages' sessions by user, so that disabling, deleting a user or changing their role or
 * password also signs them out of the browsers they were signed in with: their next page leads
 * to the sign-in form. Kept in memory, like the sessions themselves.
 */
@Component
class SignedInSessions extends SessionRegistryImpl {

  /**
   * Ends every session of this user but the one of the current request, if it is theirs: a user
   * who changes their own password stays signed in where they did it.
   */
  void endFor(String username) {
    String current = currentSessionId();
    getAllPrincipals().stream()
        .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
        .flatMap(principal -> getAllSessions(principal, false).stream())
        .filter(session -> !session.getSessionId().equals(current))
        .forEach(SessionInformation::expireNow);
  }

  private static String currentSessionId() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpSession session = attributes.getRequest().getSession(false);
      return session == null ? null : session.getId();
    }
    return null;
  }
}
