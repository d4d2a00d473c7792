package org.maillon.server.scim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.maillon.model.Person;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * SCIM's users: each write checked, then stored with its change counted in one transaction, so
 * that what is answered 2xx is kept and read back at once, before any fold. A user's id is its
 * person's: a person of the model whose email is the new user's name or address (so that a
 * directory links to people imported from a file instead of doubling them), else the external id
 * when it is a free id, else a random one. A manager that would make a cycle is refused, nothing
 * stored.
 */
@Service
class ScimUsers {

  private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ScimUserStore store;
  private final ModelPeople model;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ScimUsers(ScimUserStore store, ModelPeople model, Clock clock, PlatformTransactionManager transactions) {
    this.store = store;
    this.model = model;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The user of this id: SCIM's, or a person of the model SCIM has not named yet. */
  ScimUser get(String id) {
    Optional<ScimUser> stored = store.find(id);
    Optional<ScimUser> found = stored.isPresent() ? stored.filter(user -> !user.deleted())
        : model.byId(id).map(this::fromPerson);
    return found.orElseThrow(() -> ScimException.notFound(id));
  }

  /** The users of this user name: SCIM's, else the person of the model whose email it is. */
  List<ScimUser> byUserName(String userName) {
    List<ScimUser> stored = store.byUserName(userName);
    return !stored.isEmpty() ? stored
        : model.byEmail(userName).filter(person -> store.find(person.id()).isEmpty()).map(this::fromPerson).stream()
            .toList();
  }

  List<ScimUser> byExternalId(String externalId) {
    return store.byExternalId(externalId);
  }

  List<ScimUser> page(int offset, int count) {
    return store.page(offset, count);
  }

  long count() {
    return store.count();
  }

  /** Creates the user a resource describes. */
  ScimUser create(JsonNode resource) {
    ScimAttributes attributes = ScimAttributes.none();
    attributes.replace(resource);
    Instant now = clock.instant();
    ScimUser described = ScimResources.user(attributes, null, now, now);
    return transaction.execute(status -> {
      refuseTaken(described.userName(), null);
      ScimUser user = described.withId(newId(described));
      return save(user);
    });
  }

  /** Replaces the user with what a resource describes (PUT). */
  ScimUser replace(String id, JsonNode resource) {
    return change(id, user -> {
      ScimAttributes attributes = ScimAttributes.none();
      attributes.replace(resource);
      return attributes;
    });
  }

  /** Applies a PATCH request's operations. */
  ScimUser patch(String id, JsonNode request) {
    return change(id, user -> {
      ScimAttributes attributes = ScimAttributes.of(user);
      attributes.patch(request);
      return attributes;
    });
  }

  /** Deletes the user: SCIM no longer shows it, and the next fold takes its person out. */
  void delete(String id) {
    transaction.executeWithoutResult(status -> {
      ScimUser user = get(id);
      store.save(user.deletedNow().withTimes(user.created(), clock.instant()));
      store.changed();
    });
  }

  private ScimUser change(String id, Function<ScimUser, ScimAttributes> change) {
    return transaction.execute(status -> {
      ScimUser user = get(id);
      ScimUser changed = ScimResources.user(change.apply(user), id, user.created(), clock.instant());
      refuseTaken(changed.userName(), id);
      return save(changed);
    });
  }

  private ScimUser save(ScimUser user) {
    refuseCycle(user);
    store.save(user);
    store.changed();
    return user;
  }

  private void refuseTaken(String userName, String id) {
    if (store.byUserName(userName).stream().anyMatch(user -> !user.id().equals(id))) {
      throw new ScimException(HttpStatus.CONFLICT, "uniqueness",
          "userName: " + userName + " is taken by another user.");
    }
  }

  private void refuseCycle(ScimUser user) {
    ReportingLines lines = new ReportingLines(id -> store.find(id).map(ScimUser::managerId)
        .orElseGet(() -> model.byId(id).map(Person::manager).orElse(null)));
    if (user.managerId() != null && lines.closesCycle(user.id(), user.managerId())) {
      throw ScimException.invalidValue("manager: " + user.managerId() + " reports, directly or through others, to "
          + user.id() + ": the reporting lines would make a cycle. Nothing was changed.");
    }
  }

  private String newId(ScimUser user) {
    for (String address : new String[] {user.userName(), user.email()}) {
      Optional<Person> person = model.byEmail(address);
      if (person.isPresent() && store.find(person.get().id()).filter(known -> !known.deleted()).isEmpty()) {
        return person.get().id();
      }
    }
    String external = user.externalId();
    if (external != null && PERSON_ID.matcher(external).matches() && store.find(external).isEmpty()
        && model.byId(external).isEmpty()) {
      return external;
    }
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return "scim-" + HexFormat.of().formatHex(random);
  }

  private ScimUser fromPerson(Person person) {
    Instant now = clock.instant();
    return new ScimUser(person.id(), person.email() != null ? person.email() : person.id(), null, null, null,
        person.name(), person.title(), null, person.manager(), person.email(), true, false, now, now);
  }
}
