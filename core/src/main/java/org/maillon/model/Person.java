package org.maillon.model;

/**
 * A collaborator. {@code team} and {@code manager} are ids, or null: a person without a manager is
 * a top of the hierarchy, a person without a team has no place yet in the value chain.
 */
public record Person(String id, String name, String title, String team, String manager) {}
