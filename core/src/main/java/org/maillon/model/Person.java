package org.maillon.model;

/**
 * A collaborator. {@code team} and {@code manager} are ids, or null: a person without a manager is
 * a top of the hierarchy, a person without a team has no place yet in the value chain. The
 * {@code email} (whom Maillon writes to, whom single sign-on recognises) and the yearly
 * {@code cost} are optional: absent, what needs them leaves the person out rather than guess.
 */
public record Person(String id, String name, String title, String team, String manager, String email, Double cost) {

  /** A person without email or cost. */
  public Person(String id, String name, String title, String team, String manager) {
    this(id, name, title, team, manager, null, null);
  }
}
