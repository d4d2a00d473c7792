package org.maillon.card;

/**
 * A node of the value chain (team, final customer or partner) by id and display name, so that a
 * card can be shown without looking names up again. {@code name} is null when the model gives none.
 */
public record NodeRef(String id, String name) {}
