package org.maillon.server.organization;

import java.net.URI;
import java.time.Duration;
import org.maillon.server.system.UnavailableException;

/**
 * The server has started but not yet loaded the stored organisation: there is a model, it is not
 * ready. Answered 503 with {@code Retry-After}, never as "no model imported".
 */
public class OrganizationLoadingException extends UnavailableException {

  private static final long serialVersionUID = 1L;

  /** How long a client is told to wait: loading takes a few seconds at 100,000 people. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  public OrganizationLoadingException() {
    super("Loading", URI.create("urn:maillon:problem:loading"), "The organisation is loading, retry in a moment.",
        RETRY_AFTER, "error.loading", null);
  }
}
