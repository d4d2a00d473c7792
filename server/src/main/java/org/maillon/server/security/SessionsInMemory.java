package org.maillon.server.security;

import org.maillon.server.storage.ConditionalOnSharedDatabase;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The pages' sessions of the one server process that uses SQLite, kept in its memory like the
 * sessions themselves: the servlet container tells it when one starts, ends or changes its id
 * ({@link SessionStore}). An ended session is marked expired; its next page leads to the sign-in
 * form.
 */
@Component
@ConditionalOnSharedDatabase(false)
class SessionsInMemory extends SessionRegistryImpl implements SignedInSessions {

  @Override
  public void endFor(String username) {
    String current = SignedInSessions.currentSessionId();
    getAllPrincipals().stream()
        .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
        .flatMap(principal -> getAllSessions(principal, false).stream())
        .filter(session -> !session.getSessionId().equals(current))
        .forEach(SessionInformation::expireNow);
  }
}
