package org.maillon.server.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The pages' sessions by user, so that disabling, deleting a user or changing their role or
 * password also signs them out of the browsers they were signed in with: their next page leads
 * to the sign-in form. The sessions are kept in the database (Spring Session), indexed by user, so
 * that this ends them on every server process sharing it. Without a web application there are no
 * sessions, and nothing to end.
 */
@Component
class SignedInSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

  SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
    this.sessions = sessions;
  }

  /**
   * Ends every session of this user but the one of the current request, if it is theirs: a user
   * who changes their own password stays signed in where they did it. Within the change's
   * transaction ({@link SecurityConfiguration#springSessionTransactionOperations}): a change rolled
   * back ends nothing.
   */
  void endFor(String username) {
    String current = currentSessionId();
    sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
        .filter(id -> !id.equals(current))
        .forEach(repository::deleteById));
  }

  private static String currentSessionId() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpSession session = attributes.getRequest().getSession(false);
      return session == null ? null : session.getId();
    }
    return null;
  }
}
