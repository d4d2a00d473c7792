package org.maillon.server.listening;

import org.maillon.server.system.NotFoundException;

/** No campaign has this id. Answered with 404. */
public class UnknownCampaign extends NotFoundException {

  private static final long serialVersionUID = 1L;

  UnknownCampaign(long id) {
    super("No campaign has the id " + id + ".");
  }
}
