package org.maillon.server.sso;

import java.util.List;
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

  /** The id of the person this claim value designates in the current model, or null. */
  String personOf(String value) {
    return current.get().map(Current::diagnosis).map(diagnosis -> among(diagnosis.model().people(), value, byId))
        .orElse(null);
  }

  /** The id of the first of these people whose email (or id) is this value, or null. */
  static String among(List<Person> people, String value, boolean byId) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return people.stream().filter(person -> byId ? value.equals(person.id()) : value.equalsIgnoreCase(person.email()))
        .map(Person::id).findFirst().orElse(null);
  }
}
