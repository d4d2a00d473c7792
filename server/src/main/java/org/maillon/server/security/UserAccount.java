package org.maillon.server.security;

import java.time.OffsetDateTime;

/**
 * A user as the API shows it, without the password hash.
 *
 * @param enabled false once an admin disabled it: it cannot sign in until enabled again
 * @param personId the person of the model this user is, for a member's own place; may be null
 */
public record UserAccount(String username, Role role, boolean enabled, String personId, OffsetDateTime createdAt) {}
