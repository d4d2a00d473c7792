package org.maillon.server.listening;

import java.net.URI;
import org.maillon.server.system.NotFoundException;

/** No invitation has this token: a mistyped or invented link. Answered with 404. */
public class UnknownInvitation extends NotFoundException {

  private static final long serialVersionUID = 1L;

  UnknownInvitation() {
    super("Unknown invitation", URI.create("urn:maillon:problem:unknown-invitation"),
        "No invitation has this token.");
  }
}
