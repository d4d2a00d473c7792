package org.maillon.server.organization;

/** No model has been imported yet: there is nothing to show. Answered with 404. */
public class NoModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoModelException() {
    super("No model has been imported yet.", null, false, false);
  }
}
