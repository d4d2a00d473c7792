package org.maillon.server.scim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Person;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.stereotype.Component;

/**
 * The people of the current model as SCIM looks them up: by id, and by email, which is how an
 * identity provider's {@code userName} finds a person imported from a file. The email index is
 * built once per version, so that a first provisioning cycle's one filter per user stays a hash
 * lookup.
 */
@Component
class ModelPeople {

  private record EmailIndex(Diagnosis diagnosis, Map<String, Person> byEmail) {}

  private final CurrentOrganization current;
  private final AtomicReference<EmailIndex> index = new AtomicReference<>();

  ModelPeople(CurrentOrganization current) {
    this.current = current;
  }

  /** The current model's diagnosis, if a model was imported. */
  Optional<Diagnosis> diagnosis() {
    return current.get().map(CurrentOrganization.Current::diagnosis);
  }

  Optional<Person> byId(String id) {
    return diagnosis().flatMap(diagnosis -> diagnosis.personInModel(id));
  }

  /** The person whose email is this address, without case; the first when several share it. */
  Optional<Person> byEmail(String email) {
    Optional<Diagnosis> diagnosis = diagnosis();
    if (diagnosis.isEmpty() || email == null) {
      return Optional.empty();
    }
    EmailIndex known = index.get();
    if (known == null || known.diagnosis() != diagnosis.get()) {
      Map<String, Person> byEmail = new HashMap<>();
      diagnosis.get().model().people().stream().filter(person -> person.email() != null)
          .forEach(person -> byEmail.putIfAbsent(lower(person.email()), person));
      known = new EmailIndex(diagnosis.get(), byEmail);
      index.set(known);
    }
    return Optional.ofNullable(known.byEmail().get(lower(email)));
  }

  private static String lower(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
