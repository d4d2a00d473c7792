package org.maillon.modelfile;

import java.util.List;
import org.maillon.model.Organization;

/**
 * A model that was read and accepted, with the warnings met on the way (an unknown field, an
 * ignored column): they never reject a model, but the user should see them.
 */
public record LoadedModel(Organization organization, List<Problem> warnings) {

  public LoadedModel {
    warnings = List.copyOf(warnings);
  }
}
