package org.maillon.server.security;

import org.maillon.server.storage.ConditionalOnSharedDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The pages' sessions on PostgreSQL, kept in the database by Spring Session ({@link SessionStore})
 * and indexed by user, so that ending a user's sessions deletes them for every server process
 * sharing it. Within the change's transaction: a change rolled back ends nothing. Without a web
 * application there are no sessions, and nothing to end.
 */
@Component
@ConditionalOnSharedDatabase
class SessionsInDatabase implements SignedInSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

  SessionsInDatabase(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
    this.sessions = sessions;
  }

  @Override
  public void endFor(String username) {
    String current = SignedInSessions.currentSessionId();
    sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
        .filter(id -> !id.equals(current))
        .forEach(repository::deleteById));
  }
}
