package org.maillon.server.listening;

import java.time.Instant;

/** A logged listening conversation between a supplier team and one of its customers. */
public record Conversation(long id, String team, String customer, Instant heldAt, String participants,
    String notes, String loggedBy, Instant loggedAt) {}
