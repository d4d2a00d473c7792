package org.maillon.server.organization;

import java.net.URI;
import org.maillon.server.system.NotFoundException;

/** No model has been imported yet: there is nothing to show. Answered with 404. */
public class NoModelException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public NoModelException() {
    super("No model", URI.create("urn:maillon:problem:no-model"), "No model has been imported yet.");
  }
}
