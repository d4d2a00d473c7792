package org.maillon.server.scim;

import java.time.Instant;

/**
 * A user as the identity provider gave it, kept here until the fold puts it into the model: its
 * SCIM id is its person's id in the model. A deactivated ({@code active} false) or deleted user
 * leaves the model at the next fold; a deleted one is kept as a tombstone, which SCIM no longer
 * shows, so that the fold knows whom to take out.
 */
record ScimUser(String id, String userName, String externalId, String givenName, String familyName,
    String displayName, String title, String department, String managerId, String email, boolean active,
    boolean deleted, Instant created, Instant modified) {

  /** The name the model shows: the display name, else the given and family names, else the user name. */
  String personName() {
    if (displayName != null && !displayName.isBlank()) {
      return displayName.strip();
    }
    String names = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
    return names.isEmpty() ? userName : names;
  }

  /** Whether the model keeps this user at the fold. */
  boolean staying() {
    return active && !deleted;
  }

  ScimUser withId(String newId) {
    return new ScimUser(newId, userName, externalId, givenName, familyName, displayName, title, department, managerId,
        email, active, deleted, created, modified);
  }

  ScimUser withTimes(Instant newCreated, Instant newModified) {
    return new ScimUser(id, userName, externalId, givenName, familyName, displayName, title, department, managerId,
        email, active, deleted, newCreated, newModified);
  }

  ScimUser deletedNow() {
    return new ScimUser(id, userName, externalId, givenName, familyName, displayName, title, department, managerId,
        email, active, true, created, modified);
  }
}
