package org.maillon.server.security;

/**
 * A person's name for a user linked to one, so that the users pages show a name rather than a
 * person id. The people module knows the model and provides it; security, which the people module
 * depends on, only asks.
 */
public interface PersonLabels {

  /** The person's name in the current model, or the id when the model has no such person. */
  String label(String personId);
}
