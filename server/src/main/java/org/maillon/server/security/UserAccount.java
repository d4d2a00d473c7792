package org.maillon.server.security;

import java.time.OffsetDateTime;

/**
 * A user as the API shows it, without the password hash.
 *
 * @param personId the person of the model this user is, for a member's own place; may be null
 */
public record UserAccount(String username, Role role, String personId, OffsetDateTime createdAt) {}
