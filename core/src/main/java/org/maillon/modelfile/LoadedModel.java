package org.maillon.modelfile;

import java.util.List;
import org.maillon.graph.ResolvedIds;
import org.maillon.model.Organization;

/**
 * A model that was read and accepted, with the warnings met on the way (an unknown field, an
 * ignored column): they never reject a model, but the user should see them. {@code ids} are its
 * references as the validator resolved them, for {@code DiagnosisEngine.diagnose(organization,
 * ids)}.
 */
public record LoadedModel(Organization organization, List<Problem> warnings, ResolvedIds ids) {

  public LoadedModel {
    warnings = List.copyOf(warnings);
  }
}
