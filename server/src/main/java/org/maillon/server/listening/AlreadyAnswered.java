package org.maillon.server.listening;

/**
 * The invitation was already used: each token gives one response, so that nobody answers twice or
 * fills a campaign with a leaked link. Answered with 409; nothing is recorded.
 */
public class AlreadyAnswered extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AlreadyAnswered() {
    super("This invitation was already answered.", null, false, false);
  }
}
