package org.maillon.server.notices;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Person;
import org.maillon.server.security.MailPreferences;

/**
 * Who a notice goes to, for one run: a person of the model with an {@code email}, written to in
 * the language their account chose, else the organisation's ({@link NoticeSettings#language}).
 * The people asked for who have no email are remembered, for the job's log.
 */
final class Recipients {

  /** A person a notice can reach. */
  record Recipient(String personId, String name, String email, Locale language) {}

  private final Diagnosis diagnosis;
  private final Map<String, MailPreferences.Preference> accounts = new HashMap<>();
  private final Locale fallback;
  private final Set<String> withoutEmail = new TreeSet<>();

  Recipients(Diagnosis diagnosis, MailPreferences preferences, Locale fallback) {
    this.diagnosis = diagnosis;
    this.fallback = fallback;
    preferences.linked().forEach(account -> accounts.putIfAbsent(account.personId(), account));
  }

  /** The person, when they are in the model and have an email; else remembered as without one. */
  Optional<Recipient> of(String personId) {
    Optional<Person> person = personId == null ? Optional.empty() : diagnosis.personInModel(personId);
    if (person.isEmpty() || person.get().email() == null || person.get().email().isBlank()) {
      if (personId != null) {
        withoutEmail.add(personId);
      }
      return Optional.empty();
    }
    return Optional.of(new Recipient(personId, person.get().name(), person.get().email().strip(),
        language(personId)));
  }

  /** The accounts linked to a person, with their choices. */
  Iterable<MailPreferences.Preference> accounts() {
    return accounts.values();
  }

  /** The people asked for who have no email, by id. */
  Set<String> withoutEmail() {
    return withoutEmail;
  }

  private Locale language(String personId) {
    MailPreferences.Preference account = accounts.get(personId);
    if (account == null || account.language() == null) {
      return fallback;
    }
    return Locale.forLanguageTag(account.language());
  }
}
