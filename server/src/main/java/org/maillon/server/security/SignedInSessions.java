package org.maillon.server.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The pages' sessions by user, so that disabling, deleting a user or changing their role or
 * password also signs them out of the browsers they were signed in with: their next page leads
 * to the sign-in form. Kept where the sessions are ({@link SessionStore}): in the process's memory
 * on SQLite ({@link SessionsInMemory}), in the database on PostgreSQL ({@link SessionsInDatabase}).
 */
interface SignedInSessions {

  /**
   * Ends every session of this user but the one of the current request, if it is theirs: a user
   * who changes their own password stays signed in where they did it.
   */
  void endFor(String username);

  /** The session of the request under way, if any: the one {@link #endFor} keeps. */
  static String currentSessionId() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpSession session = attributes.getRequest().getSession(false);
      return session == null ? null : session.getId();
    }
    return null;
  }
}
