package org.maillon.server.scenarios.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maillon.model.Organization;
import org.maillon.model.Person;

/**
 * The person a form names, by id or by name as the reader types it (case and surrounding spaces
 * aside), among the people of the scenario's result: none when nobody or several bear that name.
 */
final class PersonPick {

  private PersonPick() {}

  static Optional<String> of(Organization organization, String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String wanted = typed.strip();
    List<Person> people = organization.people();
    Optional<Person> byId = people.stream().filter(p -> p.id().equals(wanted)).findFirst();
    if (byId.isPresent()) {
      return Optional.of(byId.get().id());
    }
    String lower = wanted.toLowerCase(Locale.ROOT);
    List<String> named = people.stream().filter(p -> p.name() != null && p.name().toLowerCase(Locale.ROOT).equals(lower))
        .map(Person::id).limit(2).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }
}
