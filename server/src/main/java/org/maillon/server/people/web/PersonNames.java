package org.maillon.server.people.web;

import org.maillon.diagnosis.PersonFigures;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.stereotype.Component;

/**
 * A person's name where a page would otherwise show a person id (a user's linked person): the id
 * stays in links, the reader sees the name ({@code @personNames.of(id)} in a page). An id that the
 * current model does not know is all there is to show, so it stays.
 */
@Component("personNames")
public class PersonNames {

  private final CurrentOrganization current;

  PersonNames(CurrentOrganization current) {
    this.current = current;
  }

  /** The person's name in the current model, or the id when the model has no such person. */
  public String of(String personId) {
    if (personId == null || current.loading()) {
      return personId;
    }
    return current.get().flatMap(now -> now.diagnosis().person(personId)).map(PersonFigures::name)
        .filter(name -> name != null && !name.isBlank()).orElse(personId);
  }
}
