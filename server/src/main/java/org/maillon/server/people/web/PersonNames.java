package org.maillon.server.people.web;

import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Person;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.PersonLabels;
import org.maillon.server.system.NameSearch;
import org.springframework.stereotype.Component;

/**
 * A person's name where a page would otherwise show a person id (a user's linked person, on the
 * users pages): the reader sees the name. An id that the current model does not know is all there
 * is to show, so it stays.
 */
@Component
class PersonNames implements PersonLabels {

  private final CurrentOrganization current;

  PersonNames(CurrentOrganization current) {
    this.current = current;
  }

  @Override
  public String label(String personId) {
    if (personId == null || current.loading()) {
      return personId;
    }
    return current.get().flatMap(now -> now.diagnosis().person(personId)).map(PersonFigures::name)
        .filter(name -> name != null && !name.isBlank()).orElse(personId);
  }

  @Override
  public String idOf(String nameOrId) {
    if (nameOrId == null || nameOrId.isBlank() || current.loading()) {
      return nameOrId;
    }
    return current.get().flatMap(now -> NameSearch.exact(now.diagnosis().model().people(), Person::id, Person::name,
        nameOrId)).map(Person::id).orElse(nameOrId);
  }
}
