package org.maillon.server.system;

import java.net.URI;

/**
 * Something asked for does not exist. Answered with 404, as a problem whose title and type the
 * subclasses may name.
 */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String title;
  private final URI type;

  public NotFoundException(String message) {
    this("Not found", null, message);
  }

  protected NotFoundException(String title, URI type, String message) {
    super(message, null, false, false);
    this.title = title;
    this.type = type;
  }

  public String title() {
    return title;
  }

  /** The problem's type, or null for the default {@code about:blank}. */
  public URI type() {
    return type;
  }
}
