package org.maillon.server.sso;

import org.maillon.model.Person;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.CurrentOrganization.Current;
import org.maillon.server.security.SsoProperties;

/**
 * Finds the person of the current model a claim designates: the first, in the model's order, whose
 * configured field equals the claim's value (an email in any case, an id exactly). None when no
 * model was imported yet or nobody matches.
 */
final class PersonMatch {

  private final CurrentOrganization current;
  private final boolean byId;

  PersonMatch(CurrentOrganization current, SsoProperties settings) {
    this.current = current;
    this.byId = settings.personField().equals("id");
  }

  /** The id of the person this claim value designates, or null. */
  String personOf(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return current.get().map(Current::diagnosis).flatMap(diagnosis -> diagnosis.model().people().stream()
        .filter(person -> matches(person, value)).map(Person::id).findFirst()).orElse(null);
  }

  private boolean matches(Person person, String value) {
    return byId ? value.equals(person.id()) : value.equalsIgnoreCase(person.email());
  }
}
