package org.maillon.server.security;

/**
 * A person's name for a user linked to one, and the person an admin names, so that the users pages
 * show and take names rather than person ids. The people module knows the model and provides it;
 * security, which the people module depends on, only asks.
 */
public interface PersonLabels {

  /** The person's name in the current model, or the id when the model has no such person. */
  String label(String personId);

  /** The id of the one person of the current model with this name (or id); the text itself otherwise. */
  String idOf(String nameOrId);
}
